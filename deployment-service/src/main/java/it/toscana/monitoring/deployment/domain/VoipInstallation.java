package it.toscana.monitoring.deployment.domain;

import it.toscana.monitoring.events.deployment.VoipInstallationState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** VoIP switchboards and terminals of one entity. */
@Entity
@Table(name = "voip_installation")
public class VoipInstallation extends DatedRolloutFact {

    @Column(nullable = false)
    public String entity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VoipInstallationState.Status status;

    public Integer switchboards;

    public Integer terminals;

    @Column(name = "terminals_approximate")
    public boolean terminalsApproximate;

    public String phase;
}

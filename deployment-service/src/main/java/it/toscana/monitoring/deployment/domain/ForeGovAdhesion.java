package it.toscana.monitoring.deployment.domain;

import it.toscana.monitoring.events.deployment.ForeGovAdhesionState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** One entity's adhesion to FORe-gov training, with the managers and employees trained. */
@Entity
@Table(name = "fore_gov_adhesion")
public class ForeGovAdhesion extends DatedRolloutFact {

    @Column(nullable = false)
    public String entity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ForeGovAdhesionState.Status status;

    public Integer managers;

    public Integer employees;
}

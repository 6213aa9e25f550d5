package it.toscana.monitoring.deployment.domain;

import it.toscana.monitoring.events.deployment.InterProState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** InterPro electronic protocol of one entity; a null status means the booklet does not state it. */
@Entity
@Table(name = "interpro_status")
public class InterProStatus extends DatedRolloutFact {

    @Column(nullable = false)
    public String entity;

    @Enumerated(EnumType.STRING)
    @Column(name = "entity_type", nullable = false)
    public EntityType entityType;

    @Enumerated(EnumType.STRING)
    public InterProState.Status status;

    @Column(name = "messages_exchanged")
    public Long messagesExchanged;

    @Column(name = "messages_period")
    public String messagesPeriod;
}

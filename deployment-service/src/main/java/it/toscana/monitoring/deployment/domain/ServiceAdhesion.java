package it.toscana.monitoring.deployment.domain;

import it.toscana.monitoring.events.deployment.ServiceAdhesionState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** Where one entity stands with one regional service (START, SUAP or URP). */
@Entity
@Table(name = "service_adhesion")
public class ServiceAdhesion extends DatedRolloutFact {

    @Column(nullable = false)
    public String entity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ServiceAdhesionState.Service service;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ServiceAdhesionState.Status status;

    @Column(name = "staff_trained")
    public Boolean staffTrained;
}

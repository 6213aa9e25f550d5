package it.toscana.monitoring.deployment.domain;

import java.time.Instant;
import java.time.LocalDate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import it.toscana.monitoring.events.DateSource;
import it.toscana.monitoring.events.deployment.PaasPointState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One entry of a PAAS point's status history: the status it took and from which day. */
@Entity
@Table(name = "paas_status_change")
public class PaasStatusChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(name = "point_id", nullable = false)
    public String pointId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PaasPointState.Status status;

    @Enumerated(EnumType.STRING)
    @Column(name = "closure_reason")
    public PaasPointState.ClosureReason closureReason;

    @Column(nullable = false)
    public LocalDate since;

    @Enumerated(EnumType.STRING)
    @Column(name = "since_source", nullable = false)
    public DateSource sinceSource;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}

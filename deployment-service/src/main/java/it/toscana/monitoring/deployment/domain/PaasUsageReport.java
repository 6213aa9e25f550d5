package it.toscana.monitoring.deployment.domain;

import java.time.Instant;
import java.time.LocalDate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Cumulative registered users and accesses of a PAAS point at the end of a period. Append-only:
 * a correction is a new row with the next revision of the same period.
 */
@Entity
@Table(name = "paas_usage_report")
public class PaasUsageReport extends PanacheEntityBase {

    /** Insertion order: among reports ending on the same day, the newest wins. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(nullable = false, unique = true)
    public String id;

    @Column(name = "point_id", nullable = false)
    public String pointId;

    @Column(name = "period_start", nullable = false)
    public LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    public LocalDate periodEnd;

    @Column(name = "registered_users", nullable = false)
    public long registeredUsers;

    @Column(nullable = false)
    public long accesses;

    public boolean partial;

    public boolean correction;

    public int revision;

    public String notes;

    @Column(name = "source_document")
    public String sourceDocument;

    @Column(name = "source_location")
    public String sourceLocation;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}

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
 * One version of a municipality's broadband facts as it was served; written, never changed. Recorded at
 * {@code recordedAt} (recording time), holding from {@code since} (business time).
 */
@Entity
@Table(name = "broadband_history")
public class BroadbandHistory extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(name = "istat_code", nullable = false)
    public String istatCode;

    public long version;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    public boolean deleted;

    /** The business date this version holds from; null for a deletion, which withdraws the record at every date. */
    public LocalDate since;

    /** The response body of that version, as JSON. */
    @Column(nullable = false)
    public String state;
}

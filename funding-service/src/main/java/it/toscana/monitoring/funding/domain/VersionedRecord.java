package it.toscana.monitoring.funding.domain;

import java.time.Instant;

import org.hibernate.annotations.UpdateTimestamp;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/** What every funding record a client writes by key or id has: its version and its last change. */
@MappedSuperclass
public abstract class VersionedRecord extends PanacheEntityBase {

    /** Optimistic lock, ETag and event version in one counter. */
    @Version
    public long version;

    /** Set by every insert and update; what {@code ?updatedSince=} bounds. */
    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}

package it.toscana.monitoring.deployment.domain;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * What every rollout fact has: an id (generated, or the natural key where there is one), the
 * community resolved from the territory replica when written, the municipality it is about (if
 * any), provenance, and one counter that is optimistic lock, ETag and event version.
 */
@MappedSuperclass
public abstract class RolloutFact extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "community_code")
    public String communityCode;

    @Column(name = "istat_code")
    public String istatCode;

    public String notes;

    @Column(name = "source_document")
    public String sourceDocument;

    @Column(name = "source_location")
    public String sourceLocation;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}

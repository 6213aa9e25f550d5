package it.toscana.monitoring.funding.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import it.toscana.monitoring.platform.rest.BulkResult;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A large import running in the background, with its progress counts and the items it refused. */
@Entity
@Table(name = "import_job")
public class ImportJob extends PanacheEntityBase {

    public enum State {
        RUNNING, DONE, FAILED
    }

    @Id
    public UUID id;

    /** What is imported: ALLOCATIONS or PAYMENTS. */
    @Column(nullable = false)
    public String kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state = State.RUNNING;

    public int total;

    public int processed;

    public int succeeded;

    public int failed;

    /** The refused items (index in the submitted list, status, problem), the first thousand. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<BulkResult.Item> failures = new ArrayList<>();

    /** Why the job stopped early, when it did. */
    public String error;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();

    @Column(name = "finished_at")
    public Instant finishedAt;
}

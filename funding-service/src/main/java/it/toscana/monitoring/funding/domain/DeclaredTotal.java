package it.toscana.monitoring.funding.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import it.toscana.monitoring.events.DateSource;
import it.toscana.monitoring.events.funding.DeclaredTotalStateV2.Scope;
import it.toscana.monitoring.platform.time.BusinessDate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A total as a document prints it, kept beside the computed one; null community = the region. The
 * label tells several figures of one community, scope and line apart (a Scheda page's headlines).
 */
@Entity
@Table(name = "declared_total")
public class DeclaredTotal extends VersionedRecord {

    @Id
    public UUID id;

    @Column(name = "community_code")
    public String communityCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Scope scope;

    @Column(name = "funding_line_code")
    public String fundingLineCode;

    public String label;

    @Column(nullable = false)
    public BigDecimal amount;

    @JdbcTypeCode(SqlTypes.JSON)
    public Source source;

    public String note;

    /** The date the document prints; null when it prints none (see {@link #documentDateSource}). */
    @Column(name = "document_date")
    public LocalDate documentDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_date_source", nullable = false)
    public DateSource documentDateSource = DateSource.RECORDING_DATE;

    /** When this service first recorded the figure: its date when the document prints none. */
    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    public BusinessDate documentDateAsGiven() {
        return new BusinessDate(documentDate, documentDateSource);
    }

    /** For JPA. */
    protected DeclaredTotal() {
    }

    /** A new declared total under its id. */
    public DeclaredTotal(UUID id) {
        this.id = id;
    }
}

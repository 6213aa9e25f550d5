package it.toscana.monitoring.funding.domain;

import java.math.BigDecimal;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import it.toscana.monitoring.events.funding.DeclaredTotalStateV2.Scope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A total as a document prints it, kept beside the computed one; null community = the region. The
 * label tells several figures of one community, scope and line apart (a Scheda page's headlines).
 */
@Entity
@Table(name = "declared_total")
public class DeclaredTotal extends PanacheEntityBase {

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

    @Version
    public long version;

    /** For JPA. */
    protected DeclaredTotal() {
    }

    /** A new declared total under its id. */
    public DeclaredTotal(UUID id) {
        this.id = id;
    }
}

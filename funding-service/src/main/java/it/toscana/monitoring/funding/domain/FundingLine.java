package it.toscana.monitoring.funding.domain;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import it.toscana.monitoring.events.funding.AllocationState.Section;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.UpdateTimestamp;
import java.time.Instant;

/** A funding line (a Table 1 row or a Table 2/3-only line): VOIP, TELECENTRI, SUAP, START, PAAS, CART… */
@Entity
@Table(name = "funding_line")
public class FundingLine extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    public String description;

    @Column(name = "in_table1", nullable = false)
    public boolean inTable1;

    @Column(name = "table1_row")
    public Integer table1Row;

    @Enumerated(EnumType.STRING)
    public Section section;

    @JdbcTypeCode(SqlTypes.JSON)
    public Source source;

    /** Optimistic lock, ETag and event version in one counter. */
    @Version
    public long version;

    /** Set by every insert and update; what {@code ?updatedSince=} bounds. */
    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** For JPA. */
    protected FundingLine() {
    }

    /** A new funding line under its code. */
    public FundingLine(String code) {
        this.code = code;
    }
}

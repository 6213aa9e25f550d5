package it.toscana.monitoring.funding.domain;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import it.toscana.monitoring.events.funding.AllocationState.Section;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A funding line (a Table 1 row or a Table 2/3-only line): VOIP, TELECENTRI, SUAP, START, PAAS, CART… */
@Entity
@Table(name = "funding_line")
public class FundingLine extends VersionedRecord {

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

    /** For JPA. */
    protected FundingLine() {
    }

    /** A new funding line under its code. */
    public FundingLine(String code) {
        this.code = code;
    }
}

package it.toscana.monitoring.funding.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A call for projects (avviso) with budget, opening date and deadline. */
@Entity
@Table(name = "funding_call")
public class FundingCall extends VersionedRecord {

    @Id
    public String code;

    @Column(nullable = false)
    public String title;

    public String target;

    @Column(nullable = false)
    public BigDecimal budget;

    @Column(name = "opens_on")
    public LocalDate opensOn;

    @Column(nullable = false)
    public LocalDate deadline;

    @Column(name = "deadline_printed")
    public String deadlinePrinted;

    @JdbcTypeCode(SqlTypes.JSON)
    public Source source;

    /** For JPA. */
    protected FundingCall() {
    }

    /** A new call under its code. */
    public FundingCall(String code) {
        this.code = code;
    }
}

package it.toscana.monitoring.funding.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.UpdateTimestamp;
import java.time.Instant;

/** A call for projects (avviso) with budget, opening date and deadline. */
@Entity
@Table(name = "funding_call")
public class FundingCall extends PanacheEntityBase {

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

    @Version
    public long version;

    /** Set by every insert and update; what {@code ?updatedSince=} bounds. */
    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** For JPA. */
    protected FundingCall() {
    }

    /** A new call under its code. */
    public FundingCall(String code) {
        this.code = code;
    }
}

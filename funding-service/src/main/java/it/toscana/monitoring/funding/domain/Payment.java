package it.toscana.monitoring.funding.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import it.toscana.monitoring.events.DateSource;
import it.toscana.monitoring.events.funding.PaymentState.Kind;
import it.toscana.monitoring.platform.time.BusinessDate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/** One payment tranche (liquidazione) on an allocation. */
@Entity
@Table(name = "payment")
public class Payment extends VersionedRecord {

    @Id
    public UUID id;

    @Column(name = "external_id", unique = true)
    public String externalId;

    @Column(name = "allocation_id", nullable = false)
    public UUID allocationId;

    /** The payment a REVERSAL or RECOVERY corrects; null on other kinds. */
    public UUID corrects;

    /** Why a correcting entry was made. */
    public String reason;

    /** The payment's date as given; null when none was (see {@link #dateSource}). */
    @Column(name = "paid_on")
    public LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_source", nullable = false)
    public DateSource dateSource = DateSource.RECORDING_DATE;

    /** When this service first recorded the payment: the business date of one without a date of its own. */
    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public BigDecimal amount;

    public String act;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @JdbcTypeCode(SqlTypes.JSON)
    public Details details;

    public BusinessDate dateAsGiven() {
        return new BusinessDate(date, dateSource);
    }

    /** What the booklets say about a tranche besides its amount: funding round, period, split per entity. */
    public record Details(
            @Size(max = 2000) String note,
            @Size(max = 100) String period,
            @Size(max = 500) String fundingRound,
            List<@Valid Share> breakdown,
            @Valid Source source) {
    }

    public record Share(@Size(max = 300) String entity, @Money BigDecimal amount) {
    }
}

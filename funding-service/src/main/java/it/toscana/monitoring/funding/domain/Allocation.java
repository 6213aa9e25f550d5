package it.toscana.monitoring.funding.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import it.toscana.monitoring.events.DateSource;
import it.toscana.monitoring.events.funding.AllocationState.Category;
import it.toscana.monitoring.events.funding.AllocationState.Section;
import it.toscana.monitoring.events.funding.AllocationStateV2.Detail;
import it.toscana.monitoring.platform.time.BusinessDate;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Money Regione Toscana assigned to one community for one project (a row of Table 2 or Table 3). */
@Entity
@Table(name = "allocation")
public class Allocation extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The ERP's (or the booklet's) id; bulk imports upsert by it. */
    @Column(name = "external_id", unique = true)
    public String externalId;

    @Column(name = "community_code", nullable = false)
    public String communityCode;

    @Column(name = "funding_line_code", nullable = false)
    public String fundingLineCode;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Section section;

    @Enumerated(EnumType.STRING)
    public Category category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Detail detail = Detail.PROJECT;

    @Column(name = "amount_assigned", nullable = false)
    public BigDecimal amountAssigned;

    /** The sum of this allocation's payments; only PaymentService writes it, under a row lock. */
    @Column(name = "amount_paid", nullable = false)
    public BigDecimal amountPaid = BigDecimal.ZERO.setScale(2);

    @Column(name = "community_participates", nullable = false)
    public boolean communityParticipates;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "allocation_municipality", joinColumns = @JoinColumn(name = "allocation_id"))
    @OrderColumn(name = "position")
    @Column(name = "istat_code")
    public List<String> municipalityIstatCodes = new ArrayList<>();

    /** The split per municipality the document prints; empty when it prints none. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "municipality_shares", nullable = false)
    public List<PrintedShare> municipalityShares = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "legal_acts", nullable = false)
    public List<LegalAct> legalActs = new ArrayList<>();

    @Column(name = "programme_period")
    public String programmePeriod;

    /** The date of the act as given; null when none was (see {@link #assignedOnSource}). */
    @Column(name = "assigned_on")
    public LocalDate assignedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "assigned_on_source", nullable = false)
    public DateSource assignedOnSource = DateSource.RECORDING_DATE;

    /** When this service first recorded the allocation: the business date of one without a date of its own. */
    /** When the system recorded it: set by the service before the INSERT, since its event carries it. */
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    /** Codice Unico di Progetto: the national code of the project; at most one allocation has it. */
    public String cup;

    @Column(name = "commitment_act")
    public String commitmentAct;

    @Column(name = "commitment_date")
    public LocalDate commitmentDate;

    /** The amount committed, never above the amount assigned; null without a commitment. */
    @Column(name = "amount_committed")
    public BigDecimal amountCommitted;

    /**
     * When the system recorded its last change, its own or a payment's (which rewrites amountPaid): what
     * {@code ?updatedSince=} bounds and the reconciliation report shows.
     */
    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> notes = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public Source source;

    @JdbcTypeCode(SqlTypes.JSON)
    public AllocationProvenance provenance;

    /** Optimistic lock, ETag and event version in one counter; a payment change bumps it too. */
    @Version
    public long version;

    public Commitment commitment() {
        return commitmentAct == null ? null : new Commitment(commitmentAct, commitmentDate, amountCommitted);
    }

    public BigDecimal amountToPay() {
        return amountAssigned.subtract(amountPaid);
    }

    public BusinessDate assignedOnAsGiven() {
        return new BusinessDate(assignedOn, assignedOnSource);
    }

    /** Whether payments are known: a summary table's line total has none of its own. */
    public boolean hasKnownPayments() {
        return detail != Detail.LINE_TOTAL;
    }
}

package it.toscana.monitoring.funding.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A project co-financed under the APQ act: total investment, contributions per source, decrees, steps. */
@Entity
@Table(name = "co_financing_project")
public class CoFinancingProject extends VersionedRecord {

    @Id
    public String code;

    @Column(nullable = false)
    public String title;

    public String section;

    public String beneficiary;

    @Column(name = "total_investment", nullable = false)
    public BigDecimal totalInvestment;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Contribution> contributions = new ArrayList<>();

    /** Required when the contributions do not add up to the total investment. */
    @Column(name = "difference_explanation")
    public String differenceExplanation;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "regional_own_funds")
    public RegionalOwnFunds regionalOwnFunds;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "procedural_steps", nullable = false)
    public List<ProceduralStep> proceduralSteps = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public Details details;

    @JdbcTypeCode(SqlTypes.JSON)
    public Source source;

    /** For JPA. */
    protected CoFinancingProject() {
    }

    /** A new project under its code. */
    public CoFinancingProject(String code) {
        this.code = code;
    }

    public BigDecimal contributionsTotal() {
        return contributions.stream().map(Contribution::amount).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    public BigDecimal difference() {
        return totalInvestment.subtract(contributionsTotal());
    }

    /**
     * A source of money (CNIPA L.289/2002, DPCM 14/02/2002 UMTS funds, Regione Toscana, local
     * bodies); {@code amount} null when the act prints none, {@code printed} keeps its wording.
     */
    public record Contribution(@NotBlank @Size(max = 100) String source, @Size(max = 1000) String label,
            @Money BigDecimal amount, @Size(max = 1000) String printed, @Size(max = 2000) String note) {
    }

    /** The regional own funds committed to the project and the decrees that commit them. */
    public record RegionalOwnFunds(@Money BigDecimal total, @Size(max = 100) String totalPrinted,
            @Size(max = 200) String textPrinted, List<@Valid Decree> decrees, @Size(max = 2000) String note,
            @Valid Source source) {
    }

    public record Decree(@NotBlank @Size(max = 500) String act, @Money BigDecimal amount, @Size(max = 1000) String purpose,
            LocalDate date, @Valid Source source) {
    }

    /** {@code deadline} is free text as the act words it, e.g. "30 days after signature of the APQ act". */
    public record ProceduralStep(@NotBlank @Size(max = 2000) String act, @Size(max = 500) String competentBody,
            boolean issued, @Size(max = 100) String issuedPrinted, LocalDate date, @Size(max = 500) String datePrinted,
            @Size(max = 500) String deadline, List<@Size(max = 100) String> appliesTo, @Size(max = 2000) String note,
            @Valid Source source) {
    }

    public record Details(@Size(max = 1000) String cnipaCall, @Valid CnipaDecision cnipaDecision,
            @Valid Source contributionsSource, List<@Size(max = 2000) String> notes) {
    }

    public record CnipaDecision(@Size(max = 500) String act, LocalDate date, @Size(max = 1000) String outcomeNote,
            @Size(max = 2000) String note) {
    }
}

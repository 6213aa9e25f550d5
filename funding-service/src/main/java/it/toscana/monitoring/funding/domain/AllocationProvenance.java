package it.toscana.monitoring.funding.domain;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * How an allocation row is printed in its booklet, kept so every figure stays traceable: the table
 * and row, the cells as printed, corrected typos, discrepancies, related amounts from other funds.
 */
public record AllocationProvenance(
        @Size(max = 100) String table,
        Integer rowNumber,
        Boolean amountPrinted,
        @Valid PrintedCells printedCells,
        @Valid PrintedDiscrepancy printedDiscrepancy,
        List<@Valid Correction> corrections,
        List<@Valid PrintedAmount> otherPrintedAmounts,
        @Size(max = 2000) String categoryNote,
        @Size(max = 100) String participantsColumn,
        Boolean uncertain) {

    /** The three money cells exactly as printed (Italian format), null for an empty cell. */
    public record PrintedCells(@Size(max = 50) String assigned, @Size(max = 50) String paid, @Size(max = 50) String toPay) {
    }

    public record PrintedDiscrepancy(@Size(max = 100) String kind, @Money BigDecimal paidPlusToPay,
            @SignedAmount BigDecimal difference, @Money BigDecimal likelyCorrectAssigned, Boolean keptAsPrinted) {
    }

    public record Correction(@Size(max = 100) String field, @Size(max = 100) String printed, @Money BigDecimal corrected,
            @Size(max = 2000) String note) {
    }

    public record PrintedAmount(@Money BigDecimal amount, @Size(max = 1000) String label, @Valid Source source) {
    }
}

package it.toscana.monitoring.funding.service;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** Sums of the allocations matching a filter, overall and per group when {@code groupBy} was asked. */
public record AllocationSummary(@JsonUnwrapped Sums sums, String groupBy, List<Group> groups) {

    public record Group(String key, @JsonUnwrapped Sums sums) {
    }

    /**
     * Count and sums of some allocations. Paid and to-pay are null where a LINE_TOTAL allocation (a summary
     * table's line total, payments not known) is among them: counting its payments as none would understate
     * what was paid; {@code notKnown} says so.
     */
    public record Sums(
            long count,
            BigDecimal amountAssigned,
            @Schema(description = "Null when a LINE_TOTAL allocation is summed: its payments are not known (see notKnown)")
            BigDecimal amountPaid,
            @Schema(description = "Null when a LINE_TOTAL allocation is summed: its payments are not known (see notKnown)")
            BigDecimal amountToPay,
            @Schema(description = "Why amountPaid and amountToPay are null; absent when they are known. Filter"
                    + " detail=PROJECT to sum only allocations whose payments are known.")
            String notKnown) {

        static Sums of(long count, BigDecimal assigned, BigDecimal paid, long lineTotals) {
            if (lineTotals == 0) {
                return new Sums(count, assigned, paid, assigned.subtract(paid), null);
            }
            return new Sums(count, assigned, null, null, lineTotals + " of these " + count + " allocations are"
                    + " LINE_TOTAL (a summary table's line total): their payments are not known.");
        }
    }
}

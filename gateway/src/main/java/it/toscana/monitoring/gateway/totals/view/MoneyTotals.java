package it.toscana.monitoring.gateway.totals.view;

import java.math.BigDecimal;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The money of a community or of the region, in total and by section, funding line and category. */
public record MoneyTotals(
        BigDecimal assigned,
        @Schema(description = "The amount committed (impegno) by the allocations that carry a commitment; never above assigned")
        BigDecimal committed,
        @Schema(nullable = true, description = "Null when some assigned money has no known payments (a Table 1 line total)")
        BigDecimal paid,
        @Schema(nullable = true) BigDecimal toPay,
        @Schema(description = "Allocations counted") long allocations,
        @Schema(description = "Of which a funding line's total as a summary table (Table 1) prints it") long lineTotals,
        @Schema(description = "What the figure rests on: booklet/ERP project rows, Table 1 line totals only, or both")
        Basis basis,
        @Schema(description = "The allocations whose payments are known (all but line totals), with their paid and to-pay")
        Money paymentsKnown,
        Map<String, Money> bySection,
        Map<String, Money> byLine,
        Map<String, Money> byCategory) {

    /** What a money figure rests on. */
    public enum Basis {
        /** Project rows (a booklet's Table 2 and 3, an ERP's records). */
        PROJECT_ROWS,
        /** Only Table 1 line totals: payments not known. */
        LINE_TOTALS,
        MIXED
    }
}

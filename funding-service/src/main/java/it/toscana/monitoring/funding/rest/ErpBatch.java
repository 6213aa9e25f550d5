package it.toscana.monitoring.funding.rest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import it.toscana.monitoring.platform.problem.Problem;
import it.toscana.monitoring.platform.problem.ProblemException;
import it.toscana.monitoring.platform.problem.ProblemType;
import it.toscana.monitoring.platform.rest.IdempotentRequests;
import it.toscana.monitoring.platform.rest.QueryValues;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;

/**
 * What the ERP may say about a batch besides its items (bulk calls and import jobs): a dry run, an
 * Idempotency-Key, and control totals that prove the batch arrived whole. The body stays a plain
 * list of items, so the control totals travel as headers.
 */
public class ErpBatch {

    static final String ITEM_COUNT = "Control-Item-Count";
    static final String AMOUNT_SUM = "Control-Amount-Sum";

    @QueryParam("dryRun")
    @Parameter(description = "true: validate every item against the current data and answer the per-item results"
            + " (207) as a real call would, writing nothing (no rows, no events, no Idempotency-Key record)",
            schema = @Schema(type = SchemaType.BOOLEAN))
    public String dryRun;

    @HeaderParam(IdempotentRequests.HEADER)
    public String idempotencyKey;

    @HeaderParam(ITEM_COUNT)
    @Parameter(description = "The number of items the sender put in the batch; when it differs from the items that"
            + " arrived, the whole batch is refused (422 control-totals-mismatch)", example = "120")
    public String itemCount;

    @HeaderParam(AMOUNT_SUM)
    @Parameter(description = "The sum of the items' amounts (amountAssigned of allocations, amount of payments) the"
            + " sender put in the batch, in euros with at most two decimals; when it differs from the sum that arrived,"
            + " the whole batch is refused (422 control-totals-mismatch)", example = "125000.50")
    public String amountSum;

    boolean isDryRun() {
        return QueryValues.flag("dryRun", dryRun);
    }

    /** Refuses the whole batch when a declared control total differs from what arrived. */
    <T> void checkControlTotals(List<T> items, Function<T, BigDecimal> amount) {
        Integer declaredCount = QueryValues.count(ITEM_COUNT, itemCount);
        BigDecimal declaredSum = QueryValues.amount(AMOUNT_SUM, amountSum);
        List<Problem.FieldError> differences = new ArrayList<>();
        int receivedCount = items == null ? 0 : items.size();
        if (declaredCount != null && declaredCount != receivedCount) {
            differences.add(new Problem.FieldError(ITEM_COUNT, "declared " + declaredCount + ", received " + receivedCount));
        }
        BigDecimal receivedSum = items == null ? BigDecimal.ZERO : items.stream().filter(Objects::nonNull).map(amount)
                .filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (declaredSum != null && declaredSum.compareTo(receivedSum) != 0) {
            differences.add(new Problem.FieldError(AMOUNT_SUM, "declared " + money(declaredSum) + ", received " + money(receivedSum)));
        }
        if (!differences.isEmpty()) {
            throw new ProblemException(ProblemType.CONTROL_TOTALS_MISMATCH, "The batch's control totals differ from what"
                    + " arrived (" + String.join("; ", differences.stream().map(d -> d.field() + ": " + d.message()).toList())
                    + "); nothing of it was stored.", differences);
        }
    }

    private static String money(BigDecimal amount) {
        return amount.scale() <= 2 ? amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString() : amount.toPlainString();
    }
}

package it.toscana.monitoring.gateway.totals.view;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A declared (printed) figure beside the one computed from the rows, with the difference flagged. A
 * declared figure with nothing to compute it from (a Scheda headline) has no computed value and is never
 * flagged. Declared figures of different scopes overlap: they are not additive.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Reconciliation(
        String scope,
        String fundingLine,
        String label,
        BigDecimal declared,
        BigDecimal computed,
        @Schema(description = "declared - computed") BigDecimal difference,
        boolean flagged,
        Source declaredSource,
        String computedFrom,
        String note,
        @Schema(description = "Where the difference comes from, part by part, when it can be told")
        List<Explanation> explainedBy) {

    /** The document a declared figure is printed in, where, and the date it is true as of. */
    public record Source(String document, String location, LocalDate documentDate, String documentDateSource) {
    }

    /** One part of a difference: e.g. a community whose Table 1 figure differs from its rows. */
    public record Explanation(String community, String what, BigDecimal difference) {
    }
}

package it.toscana.monitoring.gateway.totals.view;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One slice of the totals for {@code ?by=line|category|municipality|province}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Breakdown(
        @Schema(description = "The line, category, ISTAT code or province; empty for money not attributable to one")
        String key,
        String name,
        Money money,
        @Schema(description = "Money split over municipalities by equal shares or population rather than printed shares")
        Boolean estimated,
        @Schema(description = "How the money was split: PRINTED, EQUAL, POPULATION, WHOLE (one municipality), NONE")
        String shareRules,
        PaasTotals paas,
        BroadbandTotals broadband,
        @Schema(description = "Whether the slices may be summed further: true when they partition the total")
        boolean additive) {
}

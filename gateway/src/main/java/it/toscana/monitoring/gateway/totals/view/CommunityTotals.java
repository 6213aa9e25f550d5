package it.toscana.monitoring.gateway.totals.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The totals of one community. Computed figures come from the services' rows; declared (printed) figures
 * stand beside them in {@code reconciliation}. A part is null where nothing of its kind is known for the
 * community at the date asked, with the reason in {@code notKnown}; never 0 for "not known".
 */
@JsonInclude(Include.NON_NULL)
public record CommunityTotals(
        Community community,
        List<Municipality> municipalities,
        long population,
        @JsonInclude(Include.ALWAYS) @Schema(nullable = true) MoneyTotals money,
        @JsonInclude(Include.ALWAYS) @Schema(nullable = true) BroadbandTotals broadband,
        @JsonInclude(Include.ALWAYS) @Schema(nullable = true) CartTotals cart,
        @JsonInclude(Include.ALWAYS) @Schema(nullable = true) PaasTotals paas,
        RolloutTotals rollout,
        List<Reconciliation> reconciliation,
        String breakdownBy,
        List<Breakdown> breakdown,
        Filters filters,
        @Schema(description = "The business date asked (asOf), if any") LocalDate asOf,
        @Schema(description = "The recording instant asked (knownAt), if any") Instant knownAt,
        Instant lastChangedAt,
        @JsonInclude(Include.ALWAYS) @Schema(description = "Why each null figure is not known, by its path")
        Map<String, String> notKnown,
        Map<String, Long> lagByTopic) {

    /** The same totals with the consumer's current lag (not part of a cached answer: it moves on every poll). */
    public CommunityTotals withLagByTopic(Map<String, Long> lag) {
        return new CommunityTotals(community, municipalities, population, money, broadband, cart, paas, rollout,
                reconciliation, breakdownBy, breakdown, filters, asOf, knownAt, lastChangedAt, notKnown, lag);
    }

    public record Community(String code, String name, String kind, List<String> provinces, long version) {
    }

    public record Municipality(String istatCode, String name, String province, Integer population,
            LocalDate populationDate) {
    }
}

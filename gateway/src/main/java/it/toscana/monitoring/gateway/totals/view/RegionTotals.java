package it.toscana.monitoring.gateway.totals.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The totals of the whole region, with one row per community. Counts from the deployment side are summed
 * over the communities that report them ({@code reportingCommunities}); money paid is null while some
 * community's money rests on Table 1 line totals, whose payments are not known.
 */
@JsonInclude(Include.NON_NULL)
public record RegionTotals(
        @Schema(description = "Population of the municipalities that belong to a community") long population,
        @JsonInclude(Include.ALWAYS) @Schema(nullable = true) MoneyTotals money,
        @JsonInclude(Include.ALWAYS) @Schema(nullable = true) BroadbandTotals broadband,
        @JsonInclude(Include.ALWAYS) @Schema(nullable = true) CartTotals cart,
        @JsonInclude(Include.ALWAYS) @Schema(nullable = true) PaasTotals paas,
        RolloutTotals rollout,
        List<Reconciliation> reconciliation,
        String breakdownBy,
        List<Breakdown> breakdown,
        List<CommunityRow> communities,
        @Schema(description = "How many communities have figures of each kind (money, paas, broadband, cart, rollout)")
        Map<String, Long> reportingCommunities,
        Filters filters,
        LocalDate asOf,
        Instant knownAt,
        Instant lastChangedAt,
        @JsonInclude(Include.ALWAYS) Map<String, String> notKnown,
        Map<String, Long> lagByTopic) {

    public RegionTotals withLagByTopic(Map<String, Long> lag) {
        return new RegionTotals(population, money, broadband, cart, paas, rollout, reconciliation, breakdownBy,
                breakdown, communities, reportingCommunities, filters, asOf, knownAt, lastChangedAt, notKnown, lag);
    }
}

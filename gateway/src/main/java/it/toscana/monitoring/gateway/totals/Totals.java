package it.toscana.monitoring.gateway.totals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The totals of one community, or of the region when {@code community} is null. Money in EUR
 * with two decimals; counts as integers. Computed figures come from the services' rows;
 * declared figures (printed in the documents) are set beside them in {@code reconciliation}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Totals(
        Community community,
        List<Municipality> municipalities,
        long population,
        MoneyTotals money,
        BroadbandTotals broadband,
        CartTotals cart,
        PaasTotals paas,
        List<Reconciliation> reconciliation,
        String breakdownBy,
        List<Breakdown> breakdown,
        List<CommunityRow> communities,
        Filters filters,
        Instant asOf,
        Instant lastChangedAt,
        Map<String, Long> lagByTopic) {

    /** The same totals with the consumer's current lag (not part of a cached answer: it moves on every poll). */
    public Totals withLagByTopic(Map<String, Long> lag) {
        return new Totals(community, municipalities, population, money, broadband, cart, paas, reconciliation,
                breakdownBy, breakdown, communities, filters, asOf, lastChangedAt, lag);
    }

    public record Community(String code, String name, String kind, List<String> provinces, long version) {
    }

    public record Municipality(String istatCode, String name, String province, Integer population, LocalDate populationDate) {
    }

    public record Money(BigDecimal assigned, BigDecimal paid, BigDecimal toPay) {
    }

    public record MoneyTotals(BigDecimal assigned, BigDecimal paid, BigDecimal toPay, long allocations,
            Map<String, Money> bySection, Map<String, Money> byLine, Map<String, Money> byCategory) {
    }

    public record BroadbandTotals(long municipalities, long connectedToRegionalNetwork, Map<String, Long> coverage,
            long unservableUsers) {
    }

    public record CartTotals(long nalHosted, long nalUsers, Map<String, Long> interProByStatus, long interProMessages) {
    }

    public record PaasTotals(long points, Map<String, Long> pointsByStatus, long registeredUsers, long accesses,
            boolean partial) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Reconciliation(String scope, String fundingLine, String label, BigDecimal declared, BigDecimal computed,
            BigDecimal difference, boolean flagged, Source declaredSource, String computedFrom, String note) {
    }

    public record Source(String document, String location) {
    }

    /** One slice of the totals for {@code ?by=line|category|municipality|province}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Breakdown(String key, Money money, PaasTotals paas, BroadbandTotals broadband) {
    }

    /** One community in the region's dashboard table (also served as CSV). */
    public record CommunityRow(String code, String name, String kind, String provinces, BigDecimal assigned,
            BigDecimal paid, BigDecimal toPay, BigDecimal localProgramme, BigDecimal territorialImpact, long paasPoints,
            long registeredUsers, long accesses, long connectedToRegionalNetwork, long flaggedDifferences) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Filters(String section, String period) {
    }
}

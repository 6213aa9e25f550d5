package it.toscana.monitoring.gateway.totals;

import java.time.Instant;

/** What a totals read asks for: an instant (null = now), money filters, and a drill-down dimension. */
public record TotalsQuery(Instant asOf, String section, String period, Dimension by) {

    public enum Dimension {
        LINE, CATEGORY, MUNICIPALITY, PROVINCE
    }

    public static TotalsQuery current() {
        return new TotalsQuery(null, null, null, null);
    }
}

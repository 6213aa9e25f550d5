package it.toscana.monitoring.gateway.totals;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a totals read asks for: a business date ({@code asOf}: what was true in the world then) and a
 * recording instant ({@code knownAt}: what the system had recorded by then), either null for "all that is
 * recorded now, whatever its date"; money filters; and a drill-down dimension.
 */
public record TotalsQuery(LocalDate asOf, Instant knownAt, String section, String period, Dimension by) {

    public enum Dimension {
        LINE, CATEGORY, MUNICIPALITY, PROVINCE
    }

    public static TotalsQuery current() {
        return new TotalsQuery(null, null, null, null, null);
    }
}

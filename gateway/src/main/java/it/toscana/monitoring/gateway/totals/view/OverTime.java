package it.toscana.monitoring.gateway.totals.view;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A money measure over business time, one point per interval, from the maintained cells. */
@JsonInclude(Include.NON_NULL)
public record OverTime(
        @Schema(description = "The community, or absent for the region") String community,
        String measure,
        String interval,
        LocalDate from,
        LocalDate to,
        Filters filters,
        Instant knownAt,
        List<Point> points,
        @JsonInclude(Include.ALWAYS) Map<String, String> notKnown) {

    /** One interval: the measure's value at its end (cumulative) and how much it changed within it. */
    public record Point(
            @Schema(description = "e.g. 2009-09, 2009-Q3, 2009") String period,
            LocalDate start,
            LocalDate end,
            @Schema(nullable = true, description = "The value at the end of the interval; null when not known")
            BigDecimal value,
            @Schema(nullable = true) BigDecimal change) {
    }
}

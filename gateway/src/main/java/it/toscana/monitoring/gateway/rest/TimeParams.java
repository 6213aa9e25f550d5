package it.toscana.monitoring.gateway.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import it.toscana.monitoring.events.funding.AllocationState;
import it.toscana.monitoring.platform.problem.ProblemException;
import it.toscana.monitoring.platform.rest.QueryValues;
import jakarta.ws.rs.QueryParam;

/** Query parameters every totals read shares: recording time and the money filters. */
public abstract class TimeParams {

    @QueryParam("knownAt")
    @Parameter(description = "Recording time: answer with what the system had recorded by this instant "
            + "(2026-11-01T12:00:00Z), or by the end of this day in Italy (2026-11-01). Resolved to the second.")
    public String knownAt;

    @QueryParam("section")
    @Parameter(description = "Only money of this section: LOCAL_PROGRAMME (Table 2) or TERRITORIAL_IMPACT (Table 3)")
    public String section;

    @QueryParam("period")
    @Parameter(description = "Only money of this programme period, e.g. 2007-2010")
    public String period;

    Instant knownAt() {
        return QueryValues.instantOrEndOfDay("knownAt", knownAt);
    }

    String section() {
        if (section == null || section.isBlank()) {
            return null;
        }
        try {
            return AllocationState.Section.valueOf(section.toUpperCase(Locale.ROOT)).name();
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("section", "must be LOCAL_PROGRAMME or TERRITORIAL_IMPACT");
        }
    }

    String period() {
        return period == null || period.isBlank() ? null : period;
    }

    /** A business date. */
    static LocalDate date(String name, String value) {
        return QueryValues.date(name, value);
    }

    static <E extends Enum<E>> E choice(String name, String value, Class<E> type, String allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(name, "must be " + allowed);
        }
    }
}

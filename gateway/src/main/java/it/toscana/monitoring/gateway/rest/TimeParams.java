package it.toscana.monitoring.gateway.rest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import it.toscana.monitoring.events.funding.AllocationState;
import it.toscana.monitoring.platform.problem.ProblemException;
import it.toscana.monitoring.platform.time.BusinessDate;
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
        if (knownAt == null || knownAt.isBlank()) {
            return null;
        }
        try {
            return knownAt.contains("T") ? OffsetDateTime.parse(knownAt).toInstant()
                    : LocalDate.parse(knownAt).plusDays(1).atStartOfDay(BusinessDate.TUSCANY).toInstant().minusNanos(1);
        } catch (DateTimeException e) {
            throw ProblemException.invalidField("knownAt",
                    "must be an instant with offset (2026-11-01T12:00:00Z) or a date (2026-11-01)");
        }
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

    /** A business date: a date, or the Italian day of a date-time. */
    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.contains("T") ? OffsetDateTime.parse(value).atZoneSameInstant(BusinessDate.TUSCANY).toLocalDate()
                    : LocalDate.parse(value);
        } catch (DateTimeException e) {
            throw ProblemException.invalidField(name, "must be a date (2009-09-19)");
        }
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

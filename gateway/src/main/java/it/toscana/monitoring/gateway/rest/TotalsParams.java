package it.toscana.monitoring.gateway.rest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import it.toscana.monitoring.events.funding.AllocationState;
import it.toscana.monitoring.gateway.totals.TotalsQuery;
import it.toscana.monitoring.platform.problem.Problem;
import it.toscana.monitoring.platform.problem.ProblemException;
import it.toscana.monitoring.platform.problem.ProblemType;
import jakarta.ws.rs.QueryParam;

/** Query parameters shared by the totals reads; {@link #toQuery()} validates them. */
public class TotalsParams {

    private static final ZoneId TUSCANY = ZoneId.of("Europe/Rome");

    /** A date (the state at the end of that day in Italy) or an ISO date-time. */
    @QueryParam("asOf")
    public String asOf;

    @QueryParam("section")
    public String section;

    /** Programme period, e.g. 2007-2010. */
    @QueryParam("period")
    public String period;

    /** Drill-down: line, category, municipality or province. */
    @QueryParam("by")
    public String by;

    public TotalsQuery toQuery() {
        return new TotalsQuery(instant(), section(), period == null || period.isBlank() ? null : period, dimension());
    }

    private Instant instant() {
        if (asOf == null || asOf.isBlank()) {
            return null;
        }
        try {
            return asOf.contains("T") ? OffsetDateTime.parse(asOf).toInstant()
                    : LocalDate.parse(asOf).plusDays(1).atStartOfDay(TUSCANY).toInstant();
        } catch (DateTimeException e) {
            throw invalid("asOf", "must be a date (2009-09-19) or a date-time with offset (2009-09-19T12:00:00Z)");
        }
    }

    private String section() {
        if (section == null || section.isBlank()) {
            return null;
        }
        try {
            return AllocationState.Section.valueOf(section.toUpperCase(Locale.ROOT)).name();
        } catch (IllegalArgumentException e) {
            throw invalid("section", "must be LOCAL_PROGRAMME or TERRITORIAL_IMPACT");
        }
    }

    private TotalsQuery.Dimension dimension() {
        if (by == null || by.isBlank()) {
            return null;
        }
        try {
            return TotalsQuery.Dimension.valueOf(by.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid("by", "must be line, category, municipality or province");
        }
    }

    private static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, "The query parameter " + field + " is invalid.",
                List.of(new Problem.FieldError(field, message)));
    }
}

package it.toscana.monitoring.gateway.rest;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import it.toscana.monitoring.gateway.projection.Measure;
import it.toscana.monitoring.gateway.totals.OverTimeReader;
import it.toscana.monitoring.gateway.totals.TotalsQuery;
import it.toscana.monitoring.platform.problem.ProblemException;
import jakarta.ws.rs.QueryParam;

/** Query parameters of the money-over-time reads; {@link #toRequest} validates them. */
public class OverTimeParams extends TimeParams {

    @QueryParam("measure")
    @Parameter(description = "assigned (default), paid or toPay")
    public String measure;

    @QueryParam("interval")
    @Parameter(description = "month, quarter (default) or year")
    public String interval;

    @QueryParam("from")
    @Parameter(description = "First day of the series (default: the first change)")
    public String from;

    @QueryParam("to")
    @Parameter(description = "Last day of the series (default: today)")
    public String to;

    public OverTimeReader.Request toRequest(String community) {
        OverTimeReader.Interval chosen = choice("interval", interval, OverTimeReader.Interval.class,
                "month, quarter or year");
        return new OverTimeReader.Request(community, measure(),
                chosen == null ? OverTimeReader.Interval.QUARTER : chosen, date("from", from), date("to", to),
                new TotalsQuery(null, knownAt(), section(), period(), null));
    }

    private Measure measure() {
        if (measure == null || measure.isBlank() || "assigned".equals(measure)) {
            return Measure.ASSIGNED;
        }
        return switch (measure) {
            case "paid" -> Measure.PAID;
            case "toPay" -> Measure.TO_PAY;
            default -> throw ProblemException.invalidField("measure", "must be assigned, paid or toPay");
        };
    }
}

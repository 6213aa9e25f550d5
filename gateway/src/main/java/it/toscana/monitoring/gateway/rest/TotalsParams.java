package it.toscana.monitoring.gateway.rest;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import it.toscana.monitoring.gateway.totals.TotalsQuery;
import jakarta.ws.rs.QueryParam;

/** Query parameters of the totals reads; {@link #toQuery()} validates them. */
public class TotalsParams extends TimeParams {

    @QueryParam("asOf")
    @Parameter(description = "Business time: what was true in the world on this date (2009-09-19): facts dated by "
            + "their act, payment, report or status date, or by their document's date when they have none")
    public String asOf;

    @QueryParam("by")
    @Parameter(description = "Drill-down: line, category, municipality or province (money split over municipalities "
            + "by each allocation's share rule)")
    public String by;

    public TotalsQuery toQuery() {
        return new TotalsQuery(date("asOf", asOf), knownAt(), section(), period(),
                choice("by", by, TotalsQuery.Dimension.class, "line, category, municipality or province"));
    }
}

package it.toscana.monitoring.gateway.rest;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import it.toscana.monitoring.gateway.totals.OverTimeReader;
import it.toscana.monitoring.gateway.totals.TotalsAssembler;
import it.toscana.monitoring.gateway.totals.TotalsAssembler.View;
import it.toscana.monitoring.gateway.totals.TotalsQuery;
import it.toscana.monitoring.gateway.totals.view.CommunityRow;
import it.toscana.monitoring.gateway.totals.view.CommunityTotals;
import it.toscana.monitoring.gateway.totals.view.OverTime;
import it.toscana.monitoring.gateway.totals.view.RegionTotals;
import it.toscana.monitoring.platform.openapi.PagedResponses;
import it.toscana.monitoring.platform.rest.FieldSelection;
import it.toscana.monitoring.platform.rest.Page;
import it.toscana.monitoring.platform.rest.PageCsvWriter;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

@Path("/api/v1")
@Tag(name = "Totals")
@Produces(MediaType.APPLICATION_JSON)
public class TotalsResource {

    private static final String TIME_AXES = " ?asOf= asks business time (what was true in the world on that date), "
            + "?knownAt= recording time (what the system had recorded by then); they combine.";

    @Inject
    TotalsAssembler totals;

    @Inject
    OverTimeReader overTime;

    @Inject
    Revalidation revalidation;

    @GET
    @Path("/communities/{code}/totals")
    @Operation(operationId = "getCommunityTotals", summary = "Live totals of one community, maintained from the services' events",
            description = "Money by section, line and category; broadband, CART, PAAS and other rollout figures; declared "
                    + "(printed) totals beside the computed ones with every difference flagged (Scheda headlines, scope "
                    + "SCHEDA with a label, have nothing computed beside them). A figure not known at this level is null, "
                    + "with the reason in notKnown." + TIME_AXES + " ?section= and ?period= filter the money; ?by= adds "
                    + "a drill-down.")
    @APIResponse(responseCode = "200", description = "The community's totals",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommunityTotals.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "404", description = "No event has announced a community with this code")
    public Uni<Response> community(@PathParam("code") String code, @BeanParam TotalsParams params, @Context UriInfo uri,
            @Context Request request) {
        TotalsQuery query = params.toQuery();
        return json(request, uri, View.COMMUNITY, code, query, () -> totals.community(code, query));
    }

    @GET
    @Path("/totals")
    @Operation(operationId = "getRegionTotals", summary = "Live totals of the whole region, with one row per community",
            description = "The region's figures, each community's row with its declared Table 1 figure, and the "
                    + "reconciliation of the printed Table 1 total with the rows, its difference explained part by part."
                    + TIME_AXES)
    @APIResponse(responseCode = "200", description = "The region's totals",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegionTotals.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    public Uni<Response> region(@BeanParam TotalsParams params, @Context UriInfo uri, @Context Request request) {
        TotalsQuery query = params.toQuery();
        return json(request, uri, View.REGION, null, query, () -> totals.region(query));
    }

    @GET
    @Path("/communities/totals")
    @Produces({ MediaType.APPLICATION_JSON, PageCsvWriter.TEXT_CSV })
    @Operation(operationId = "listCommunityTotals", summary = "One row of totals per community, for a dashboard table (JSON or CSV)",
            description = "Each row: money (null where not known, with the reason), its basis (booklet rows or Table 1 "
                    + "line totals), the declared Table 1 figure beside the computed local programme, PAAS, broadband "
                    + "and the number of flagged differences." + TIME_AXES)
    @APIResponse(responseCode = "200", description = "Every community's row",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommunityRow.class)),
                        @Content(mediaType = PageCsvWriter.TEXT_CSV) },
            extensions = @Extension(name = PagedResponses.EXTENSION, value = "true"))
    public Uni<Response> communityRows(@BeanParam TotalsParams params, @Context UriInfo uri, @Context HttpHeaders headers,
            @Context Request request) {
        TotalsQuery query = params.toQuery();
        if (wantsCsv(headers)) {
            return revalidation.respond(request, "csv", () -> null,
                    () -> Response.fromResponse(Page.all(totals.communityRows(query)).toResponse(uri)));
        }
        return json(request, uri, View.ROWS, null, query, () -> Page.all(totals.communityRows(query)));
    }

    @GET
    @Path("/communities/{code}/totals/over-time")
    @Produces({ MediaType.APPLICATION_JSON, PageCsvWriter.TEXT_CSV })
    @Operation(operationId = "getCommunityTotalsOverTime", summary = "A community's money over business time (JSON, or its points as CSV)",
            description = "?measure=assigned|paid|toPay, ?interval=month|quarter|year, ?from=, ?to=: the value at the "
                    + "end of each interval and its change within it, from the maintained cells.")
    @APIResponse(responseCode = "200", description = "The series",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OverTime.class)),
                        @Content(mediaType = PageCsvWriter.TEXT_CSV) })
    public Response communityOverTime(@PathParam("code") String code, @BeanParam OverTimeParams params,
            @Context HttpHeaders headers, @Context UriInfo uri, @Context Request request) {
        OverTimeReader.Request read = params.toRequest(code);
        totals.requireCommunity(code);
        return revalidation.respond(request, wantsCsv(headers) ? "csv" : "", () -> series(overTime.read(read), headers, uri));
    }

    @GET
    @Path("/totals/over-time")
    @Produces({ MediaType.APPLICATION_JSON, PageCsvWriter.TEXT_CSV })
    @Operation(operationId = "getRegionTotalsOverTime", summary = "The region's money over business time (JSON, or its points as CSV)",
            description = "As for one community, over every community.")
    @APIResponse(responseCode = "200", description = "The series",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OverTime.class)),
                        @Content(mediaType = PageCsvWriter.TEXT_CSV) })
    public Response regionOverTime(@BeanParam OverTimeParams params, @Context HttpHeaders headers, @Context UriInfo uri,
            @Context Request request) {
        OverTimeReader.Request read = params.toRequest(null);
        return revalidation.respond(request, wantsCsv(headers) ? "csv" : "", () -> series(overTime.read(read), headers, uri));
    }

    /** The series as JSON, or its points as a CSV page. */
    private static Response.ResponseBuilder series(OverTime series, HttpHeaders headers, UriInfo uri) {
        if (!wantsCsv(headers)) {
            return Response.ok(series, MediaType.APPLICATION_JSON_TYPE);
        }
        List<OverTime.Point> points = series.points();
        return Response.fromResponse(Page.all(points).toResponse(uri));
    }

    /**
     * A totals answer as JSON: its cached bytes, on the event loop when an earlier read of this generation made
     * them. ?fields= prunes the answer's record instead (platform's FieldSelectionFilter), so it takes the record.
     */
    private Uni<Response> json(Request request, UriInfo uri, View view, String code, TotalsQuery query, Supplier<Object> record) {
        if (uri.getQueryParameters().containsKey(FieldSelection.PARAMETER)) {
            return revalidation.respond(request, "", () -> null, () -> Response.ok(record.get()));
        }
        return revalidation.respond(request, "", () -> totals.cachedJson(view, code, query),
                () -> Response.ok(totals.json(view, code, query), MediaType.APPLICATION_JSON_TYPE));
    }

    private static boolean wantsCsv(HttpHeaders headers) {
        return headers.getAcceptableMediaTypes().stream()
                .anyMatch(type -> type.isCompatible(MediaType.valueOf(PageCsvWriter.TEXT_CSV)) && !type.isWildcardType());
    }
}

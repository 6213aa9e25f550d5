package it.toscana.monitoring.gateway.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import it.toscana.monitoring.gateway.totals.Totals;
import it.toscana.monitoring.gateway.totals.TotalsAssembler;
import it.toscana.monitoring.platform.openapi.PagedResponses;
import it.toscana.monitoring.platform.rest.Page;
import it.toscana.monitoring.platform.rest.PageCsvWriter;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;

import java.util.List;

@Path("/api/v1")
@Tag(name = "Totals")
@Produces(MediaType.APPLICATION_JSON)
public class TotalsResource {

    @Inject
    TotalsAssembler totals;

    @GET
    @Path("/communities/{code}/totals")
    @Operation(summary = "Live totals of one community, maintained from the services' events",
            description = "Money by section, line and category; broadband, CART and PAAS figures; declared (printed) "
                    + "totals beside the computed ones with every difference flagged (Scheda headlines, scope SCHEDA "
                    + "with a label, have nothing computed beside them). ?asOf= answers from the "
                    + "gateway's event history; ?section= and ?period= filter the money; ?by= adds a drill-down.")
    @APIResponse(responseCode = "200", description = "The community's totals")
    @APIResponse(responseCode = "400", description = "An invalid query parameter")
    @APIResponse(responseCode = "404", description = "No event has announced a community with this code")
    public Totals community(@PathParam("code") String code, @BeanParam TotalsParams params) {
        return totals.community(code, params.toQuery());
    }

    @GET
    @Path("/totals")
    @Operation(summary = "Live totals of the whole region, with one row per community")
    @APIResponse(responseCode = "200", description = "The region's totals")
    @APIResponse(responseCode = "400", description = "An invalid query parameter")
    public Totals region(@BeanParam TotalsParams params) {
        return totals.region(params.toQuery());
    }

    @GET
    @Path("/communities/totals")
    @Produces({ MediaType.APPLICATION_JSON, PageCsvWriter.TEXT_CSV })
    @Operation(summary = "One row of totals per community, for a dashboard table (JSON or CSV)")
    @APIResponse(responseCode = "200", description = "Every community's row",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Totals.CommunityRow.class)),
                        @Content(mediaType = PageCsvWriter.TEXT_CSV) },
            extensions = @Extension(name = PagedResponses.EXTENSION, value = "true"))
    @APIResponse(responseCode = "400", description = "An invalid query parameter")
    public Response communityRows(@BeanParam TotalsParams params, @Context UriInfo uri) {
        List<Totals.CommunityRow> rows = totals.communityRows(params.toQuery());
        return new Page<>(rows, 0, Math.max(rows.size(), 1), rows.size()).toResponse(uri);
    }
}

package it.toscana.monitoring.gateway.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import it.toscana.monitoring.gateway.consume.ProjectionFeed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/v1/admin/projections")
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    @Inject
    ProjectionFeed feed;

    @POST
    @Path("/rebuild")
    @Operation(operationId = "rebuildProjections", summary = "Drop the projections and replay every topic from the beginning",
            description = "Asynchronous: the totals are rebuilt when the lag per topic is back to 0.")
    @APIResponse(responseCode = "202", description = "Rebuild requested",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectionsStatus.class)))
    public Response rebuild() {
        feed.requestRebuild();
        return Response.accepted(status()).build();
    }

    @GET
    @Operation(operationId = "getProjectionsStatus", summary = "State of the projections: phase (rebuild asked for, catching up, live), events applied, "
            + "records not yet applied per topic")
    @APIResponse(responseCode = "200", description = "The projections' state")
    public ProjectionsStatus status() {
        return ProjectionsStatus.of(feed.isRebuildPending(), feed.status());
    }
}

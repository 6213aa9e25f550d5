package it.toscana.monitoring.gateway.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

import io.smallrye.mutiny.Multi;
import it.toscana.monitoring.gateway.stream.TotalsChanges;
import it.toscana.monitoring.gateway.stream.TotalsChanges.TotalsChanged;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/stream")
@Tag(name = "Totals")
public class StreamResource {

    @Inject
    TotalsChanges changes;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Server-sent events: one message whenever a community's totals change",
            description = "Optional ?community= keeps only that community's changes. Read the totals again on a message.")
    @APIResponse(responseCode = "200", description = "An open event stream")
    public Multi<TotalsChanged> stream(@QueryParam("community") String community) {
        return changes.stream(community == null || community.isBlank() ? null : community);
    }
}

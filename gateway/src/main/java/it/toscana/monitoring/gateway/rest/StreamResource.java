package it.toscana.monitoring.gateway.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

import io.smallrye.mutiny.Multi;
import io.vertx.core.http.HttpServerRequest;
import it.toscana.monitoring.gateway.stream.OpenStreams;
import it.toscana.monitoring.gateway.stream.StreamConfig;
import it.toscana.monitoring.gateway.stream.TotalsChanges;
import it.toscana.monitoring.gateway.stream.TotalsChanges.TotalsChanged;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/stream")
@Tag(name = "Totals")
public class StreamResource {

    @Inject
    TotalsChanges changes;

    @Inject
    OpenStreams streams;

    @Inject
    StreamConfig config;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(operationId = "streamTotalsChanges", summary = "Server-sent events: one message whenever a community's totals change",
            description = "Optional ?community= keeps only that community's changes. Read the totals again on a message. "
                    + "A stream ends after gateway.stream.max-lifetime (reconnect); a client holds a few streams at most.")
    @APIResponse(responseCode = "200", description = "An open event stream")
    @APIResponse(responseCode = "429", description = "This client has as many streams open as it may (problem+json)")
    @APIResponse(responseCode = "503", description = "The gateway serves as many streams as it may; retry after Retry-After")
    public Multi<TotalsChanged> stream(@QueryParam("community") String community, @Context HttpServerRequest http) {
        Runnable release = streams.open(http.remoteAddress() == null ? "unknown" : http.remoteAddress().host());
        return changes.stream(community == null || community.isBlank() ? null : community)
                .select().first(config.maxLifetime())
                .onTermination().invoke(release);
    }
}

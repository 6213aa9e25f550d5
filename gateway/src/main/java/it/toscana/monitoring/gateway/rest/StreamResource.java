package it.toscana.monitoring.gateway.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Multi;
import io.vertx.core.http.HttpServerRequest;
import it.toscana.monitoring.gateway.changes.ChangeFeedReader;
import it.toscana.monitoring.gateway.changes.ChangeFilter;
import it.toscana.monitoring.gateway.changes.Cursor;
import it.toscana.monitoring.gateway.changes.view.Change;
import it.toscana.monitoring.gateway.stream.ChangeStreams;
import it.toscana.monitoring.gateway.stream.OpenStreams;
import it.toscana.monitoring.gateway.stream.StreamConfig;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

@Path("/api/v1/stream")
@Tag(name = "Changes")
public class StreamResource {

    @Inject
    ChangeStreams changes;

    @Inject
    ChangeFeedReader reader;

    @Inject
    OpenStreams streams;

    @Inject
    StreamConfig config;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(operationId = "streamChanges", summary = "Server-sent events: one message per change the gateway applies",
            description = "Each message's data is a Change and its id: is the change's cursor. On reconnect, Last-Event-ID "
                    + "(EventSource sends it by itself) replays the changes missed meanwhile from the change log, then the "
                    + "stream goes on live: no gap, no repeat. A comment line (heartbeat) comes every "
                    + "gateway.stream.heartbeat so that proxies keep the connection. ?community= and ?types= keep some "
                    + "changes. A stream ends after gateway.stream.max-lifetime (reconnect); a client holds a few streams at most.")
    @APIResponse(responseCode = "200", description = "An open event stream of Change messages",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(implementation = Change.class)))
    @APIResponse(responseCode = "400", description = "A malformed Last-Event-ID or an unknown type (problem+json)")
    @APIResponse(responseCode = "410", description = "Last-Event-ID is older than the change log's retention window: "
            + "read the totals again and reconnect without it (problem+json, type cursor-expired)")
    @APIResponse(responseCode = "429", description = "This client has as many streams open as it may (problem+json)")
    @APIResponse(responseCode = "503", description = "The gateway serves as many streams as it may; retry after Retry-After")
    public Multi<OutboundSseEvent> stream(@QueryParam("community") @Parameter(description = "Only changes of this community's totals") String community,
            @QueryParam("types") @Parameter(description = "Entity types, comma-separated (allocation,payment,…)") String types,
            @HeaderParam("Last-Event-ID") @Parameter(description = "The id of the last message received: resume right after it") String lastEventId,
            @Context HttpServerRequest http, @Context Sse sse) {
        ChangeFilter filter = ChangeFilter.of(types, community);
        Long resumeAfter = lastEventId == null || lastEventId.isBlank() ? null : Cursor.position(lastEventId.trim(), "Last-Event-ID");
        if (resumeAfter != null) {
            reader.refuseIfPurged(resumeAfter); // here, while an answer can still be a 410: a stream's headers go out at once
        }
        Runnable release = streams.open(http.remoteAddress() == null ? "unknown" : http.remoteAddress().host());
        return changes.open(resumeAfter, filter)
                .map(message -> message.change() == null ? sse.newEventBuilder().comment("heartbeat").build()
                        : sse.newEventBuilder().id(Cursor.of(message.change().position())).mediaType(MediaType.APPLICATION_JSON_TYPE)
                                .data(Change.class, Change.of(message.change())).build())
                .select().first(config.maxLifetime())
                .onTermination().invoke(release);
    }
}

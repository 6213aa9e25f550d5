package it.toscana.monitoring.gateway.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import it.toscana.monitoring.gateway.changes.ChangeFeedReader;
import it.toscana.monitoring.gateway.changes.ChangeFeedReader.Slice;
import it.toscana.monitoring.gateway.changes.ChangeFilter;
import it.toscana.monitoring.gateway.changes.Cursor;
import it.toscana.monitoring.gateway.changes.view.Change;
import it.toscana.monitoring.gateway.changes.view.ChangePage;
import it.toscana.monitoring.platform.problem.ProblemException;
import it.toscana.monitoring.platform.rest.PageParams;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

@Path("/api/v1/changes")
@Tag(name = "Changes")
@Produces(MediaType.APPLICATION_JSON)
public class ChangesResource {

    static final int DEFAULT_LIMIT = 100;

    @Inject
    ChangeFeedReader reader;

    @GET
    @Operation(operationId = "listChanges", summary = "The changes the gateway applied, in order, after a cursor",
            description = "A client keeps its copy in step by storing `next` and asking again with ?after=. The cursor is "
                    + "opaque and stays valid across gateway restarts and rebuilds: no gap, no repeat, within the retention "
                    + "window (gateway.changes.retention). Without ?after= the feed starts at the oldest change kept. "
                    + "?types= and ?community= keep some changes; `next` still moves past the ones left out.")
    @APIResponse(responseCode = "200", description = "The next changes (maybe none) and the cursor to read on from",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChangePage.class)))
    @APIResponse(responseCode = "400", description = "A malformed cursor, an unknown type or a limit out of 1..500 (problem+json)")
    @APIResponse(responseCode = "410", description = "The cursor is older than the retention window (or not from this gateway): "
            + "read the collections again, then follow the feed without a cursor (problem+json, type cursor-expired)")
    @APIResponse(responseCode = "429", description = "Too many requests from this client; retry after Retry-After (problem+json)")
    public Response list(
            @QueryParam("after") @Parameter(description = "A cursor: `next` of the last page, or a change's `cursor`") String after,
            @QueryParam("types") @Parameter(description = "Entity types, comma-separated (allocation,payment,paas-point,…)") String types,
            @QueryParam("community") @Parameter(description = "Only changes of this community's totals") String community,
            @QueryParam("limit") @Parameter(description = "At most this many changes (1..500, default 100)") String limit,
            @Context UriInfo uri) {
        ChangeFilter filter = ChangeFilter.of(types, community);
        Slice slice = reader.read(after == null ? null : Cursor.position(after, "after"), filter, limit(limit));
        String next = Cursor.of(slice.through());
        return Response.ok(new ChangePage(slice.items().stream().map(Change::of).toList(), next))
                .link(uri.getRequestUriBuilder().replaceQueryParam("after", next).build(), "next")
                .build();
    }

    private static int limit(String limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit);
            if (value >= 1 && value <= PageParams.MAX_SIZE) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ProblemException.invalidField("limit", "must be a whole number from 1 to " + PageParams.MAX_SIZE);
    }
}

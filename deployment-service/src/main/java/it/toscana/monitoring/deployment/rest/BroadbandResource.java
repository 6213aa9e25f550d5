package it.toscana.monitoring.deployment.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import it.toscana.monitoring.deployment.api.BroadbandRequest;
import it.toscana.monitoring.deployment.api.BroadbandResponse;
import it.toscana.monitoring.deployment.api.BroadbandVersion;
import it.toscana.monitoring.deployment.domain.Broadband;
import it.toscana.monitoring.deployment.domain.BroadbandHistory;
import it.toscana.monitoring.deployment.mapping.BroadbandMapper;
import it.toscana.monitoring.deployment.service.BroadbandService;
import it.toscana.monitoring.deployment.service.BroadbandTimeline;
import it.toscana.monitoring.events.EventJson;
import it.toscana.monitoring.platform.openapi.PagedResponses;
import it.toscana.monitoring.platform.rest.Codes;
import it.toscana.monitoring.platform.rest.MergePatch;
import it.toscana.monitoring.platform.rest.PageParams;
import it.toscana.monitoring.platform.rest.Responses;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

@Path("/api/v1/broadband")
@Tag(name = "Broadband")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BroadbandResource {

    @Inject
    FactEndpoints endpoints;

    @Inject
    BroadbandService broadband;

    @Inject
    BroadbandTimeline timeline;

    @Context
    UriInfo uri;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Responses.CSV })
    @Operation(operationId = "listBroadband", summary = "List municipalities' broadband facts, filtered by community, municipality and coverage (JSON or CSV)",
            description = "Now, or on a date (asOf, by the date each version holds from) as recorded by a moment "
                    + "(knownAt): then each municipality's version that answers, and only municipalities that have "
                    + "one; the filters and the sort apply to those versions.")
    @APIResponse(responseCode = "200", description = "One page, with Link headers to the next and previous pages",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BroadbandResponse.class)),
                        @Content(mediaType = Responses.CSV) },
            extensions = @Extension(name = PagedResponses.EXTENSION, value = "true"))
    @APIResponse(responseCode = "400", description = "Invalid filter, page, sort, asOf or knownAt (problem+json)")
    public Response list(@BeanParam @Valid FilterParams filter, @BeanParam @Valid PageParams page,
            @BeanParam TimeAxesParams time) {
        if (time.isNow()) {
            return endpoints.list(BroadbandService.KIND, BroadbandResource::view, filter.toFilter(), page, uri);
        }
        return timeline.page(filter.toFilter(), time.asOf(), time.knownAt(), page).map(BroadbandResource::json)
                .toResponse(uri);
    }

    @GET
    @Path("/{istatCode}")
    @Operation(operationId = "getBroadband", summary = "A municipality's broadband facts, now or on a date as recorded by a moment",
            description = "asOf: the version, among those recorded by knownAt (or now), whose `since` is the latest on "
                    + "or before the date; a version recorded later with the same or an earlier `since` supersedes "
                    + "an earlier recorded one. knownAt alone: the version that was current then.")
    @APIResponse(responseCode = "200", description = "The facts, with their ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BroadbandResponse.class)))
    @APIResponse(responseCode = "400", description = "asOf is not a date, or knownAt neither an instant nor a date")
    @APIResponse(responseCode = "404", description = "No broadband facts for this municipality (on that date, as recorded then)")
    public Response get(@PathParam("istatCode") String istatCode, @BeanParam TimeAxesParams time) {
        if (time.isNow()) {
            return endpoints.get(BroadbandService.KIND, istatCode, BroadbandResource::view);
        }
        BroadbandHistory version = timeline.at(istatCode, time.asOf(), time.knownAt());
        return Responses.ok(version.state, version.version);
    }

    @GET
    @Path("/{istatCode}/history")
    @Operation(operationId = "getBroadbandHistory", summary = "Every version of a municipality's broadband facts, oldest recorded first",
            description = "Each with when it was recorded and the date it holds from; knownAt keeps those recorded "
                    + "by then, asOf those holding from a date on or before it (and deletions).")
    @APIResponse(responseCode = "200", description = "The versions")
    @APIResponse(responseCode = "400", description = "asOf is not a date, or knownAt neither an instant nor a date")
    @APIResponse(responseCode = "404", description = "The municipality never had broadband facts")
    public List<BroadbandVersion> history(@PathParam("istatCode") String istatCode, @BeanParam TimeAxesParams time) {
        return timeline.history(istatCode, time.asOf(), time.knownAt()).stream().map(BroadbandResource::version).toList();
    }

    @PUT
    @Path("/{istatCode}")
    @Operation(operationId = "upsertBroadband", summary = "Create or replace a municipality's broadband facts (the previous version stays in the history)")
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BroadbandResponse.class)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BroadbandResponse.class)))
    @APIResponse(responseCode = "422", description = "Unknown municipality, or a rule broken (e.g. planned coverage without year)")
    public Response put(
            @PathParam("istatCode") @Pattern(regexp = Codes.ISTAT, message = Codes.ISTAT_MESSAGE) String istatCode,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull BroadbandRequest request) {
        return endpoints.upsert(BroadbandService.KIND, istatCode, ifMatch, request, uri, BroadbandResource::view);
    }

    @PATCH
    @Path("/{istatCode}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "updateBroadband", summary = "Change some of a municipality's broadband facts (JSON merge patch)")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BroadbandResponse.class)))
    @APIResponse(responseCode = "400", description = "The result has invalid fields (problem+json naming each)")
    @APIResponse(responseCode = "404", description = "No broadband facts for this municipality")
    @APIResponse(responseCode = "422", description = "A rule broken")
    public Response patch(@PathParam("istatCode") String istatCode, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull JsonNode patch) throws JsonProcessingException {
        return endpoints.patch(BroadbandService.KIND, istatCode, ifMatch, patch, BroadbandMapper::toRequest,
                BroadbandRequest.class, BroadbandResource::view);
    }

    @DELETE
    @Path("/{istatCode}")
    @Operation(operationId = "deleteBroadband", summary = "Delete a municipality's broadband facts (kept in the history)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No broadband facts for this municipality")
    public Response delete(@PathParam("istatCode") String istatCode, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        broadband.delete(istatCode, ifMatch);
        return Response.noContent().build();
    }

    private static BroadbandResponse view(Broadband fact) {
        return new BroadbandResponse(fact, BroadbandMapper.toRequest(fact));
    }

    private static BroadbandVersion version(BroadbandHistory history) {
        return new BroadbandVersion(history.version, history.recordedAt, history.since, history.deleted,
                json(history.state));
    }

    private static JsonNode json(String state) {
        try {
            return EventJson.mapper().readTree(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored broadband history is not JSON", e);
        }
    }
}

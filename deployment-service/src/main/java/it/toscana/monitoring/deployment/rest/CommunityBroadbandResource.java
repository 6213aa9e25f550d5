package it.toscana.monitoring.deployment.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import it.toscana.monitoring.deployment.api.CommunityBroadbandRequest;
import it.toscana.monitoring.deployment.api.CommunityBroadbandResponse;
import it.toscana.monitoring.deployment.domain.CommunityBroadband;
import it.toscana.monitoring.deployment.mapping.CommunityBroadbandMapper;
import it.toscana.monitoring.deployment.service.FactKinds;
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

@Path("/api/v1/community-broadband")
@Tag(name = "Broadband")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommunityBroadbandResource {

    @Inject
    FactEndpoints endpoints;

    @Context
    UriInfo uri;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Responses.CSV })
    @Operation(operationId = "listCommunityBroadband", summary = "List communities' own broadband facts (seat connection, investment split), by community and seat connection status")
    @APIResponse(responseCode = "200", description = "One page, with Link headers to the next and previous pages",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommunityBroadbandResponse.class)),
                        @Content(mediaType = Responses.CSV) },
            extensions = @Extension(name = PagedResponses.EXTENSION, value = "true"))
    public Response list(@BeanParam @Valid FilterParams filter, @BeanParam @Valid PageParams page) {
        return endpoints.list(FactKinds.COMMUNITY_BROADBAND, CommunityBroadbandResource::view, filter.toFilter(), page,
                uri);
    }

    @GET
    @Path("/{communityCode}")
    @Operation(operationId = "getCommunityBroadband", summary = "A community's own broadband facts")
    @APIResponse(responseCode = "200", description = "The facts, with their ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommunityBroadbandResponse.class)))
    @APIResponse(responseCode = "404", description = "No broadband facts for this community")
    public Response get(@PathParam("communityCode") String communityCode) {
        return endpoints.get(FactKinds.COMMUNITY_BROADBAND, communityCode, CommunityBroadbandResource::view);
    }

    @PUT
    @Path("/{communityCode}")
    @Operation(operationId = "upsertCommunityBroadband", summary = "Create or replace a community's own broadband facts")
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommunityBroadbandResponse.class)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommunityBroadbandResponse.class)))
    @APIResponse(responseCode = "422", description = "Unknown community")
    public Response put(
            @PathParam("communityCode") @Pattern(regexp = Codes.COMMUNITY, message = Codes.COMMUNITY_MESSAGE) String communityCode,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull CommunityBroadbandRequest request) {
        return endpoints.upsert(FactKinds.COMMUNITY_BROADBAND, communityCode, ifMatch, request, uri,
                CommunityBroadbandResource::view);
    }

    @PATCH
    @Path("/{communityCode}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "updateCommunityBroadband", summary = "Change some of a community's own broadband facts (JSON merge patch)")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommunityBroadbandResponse.class)))
    @APIResponse(responseCode = "400", description = "The result has invalid fields (problem+json naming each)")
    @APIResponse(responseCode = "404", description = "No broadband facts for this community")
    public Response patch(@PathParam("communityCode") String communityCode,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull JsonNode patch) throws JsonProcessingException {
        return endpoints.patch(FactKinds.COMMUNITY_BROADBAND, communityCode, ifMatch, patch,
                CommunityBroadbandMapper::toRequest, CommunityBroadbandRequest.class, CommunityBroadbandResource::view);
    }

    @DELETE
    @Path("/{communityCode}")
    @Operation(operationId = "deleteCommunityBroadband", summary = "Delete a community's own broadband facts")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No broadband facts for this community")
    public Response delete(@PathParam("communityCode") String communityCode,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return endpoints.delete(FactKinds.COMMUNITY_BROADBAND, communityCode, ifMatch);
    }

    private static CommunityBroadbandResponse view(CommunityBroadband fact) {
        return new CommunityBroadbandResponse(fact, CommunityBroadbandMapper.toRequest(fact));
    }
}

package it.toscana.monitoring.territory.rest;

import java.net.URI;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import it.toscana.monitoring.events.territory.CommunityKind;
import it.toscana.monitoring.platform.openapi.PagedResponses;
import it.toscana.monitoring.platform.rest.Codes;
import it.toscana.monitoring.platform.rest.IdempotentRequests;
import it.toscana.monitoring.platform.rest.MergePatch;
import it.toscana.monitoring.platform.rest.PageParams;
import it.toscana.monitoring.platform.rest.QueryValues;
import it.toscana.monitoring.platform.rest.Responses;
import it.toscana.monitoring.territory.api.CommunityRequest;
import it.toscana.monitoring.territory.api.CommunityResponse;
import it.toscana.monitoring.territory.api.MemberResponse;
import it.toscana.monitoring.territory.domain.Community;
import it.toscana.monitoring.territory.mapping.CommunityMapper;
import it.toscana.monitoring.territory.mapping.MembershipMapper;
import it.toscana.monitoring.territory.service.CommunityService;
import it.toscana.monitoring.territory.service.MembershipService;
import it.toscana.monitoring.platform.aggregate.Upserted;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

@Path(CommunityResource.PATH)
@Tag(name = "Communities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommunityResource {

    static final String PATH = "/api/v1/communities";

    @Inject
    CommunityService communities;

    @Inject
    MembershipService memberships;

    @Inject
    IdempotentRequests idempotency;

    @Inject
    MergePatch mergePatch;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Responses.CSV })
    @Operation(operationId = "listCommunities", summary = "List communities, filtered by kind, province and name (contains); JSON or CSV")
    @APIResponse(responseCode = "200", description = "One page of communities; Link headers name the next and previous pages",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommunityResponse.class)),
                        @Content(mediaType = Responses.CSV) },
            extensions = @Extension(name = PagedResponses.EXTENSION, value = "true"))
    public Response list(@QueryParam("kind") @Parameter(schema = @Schema(implementation = CommunityKind.class)) String kind,
            @QueryParam("province") String province,
            @QueryParam("name") String name, @BeanParam @Valid PageParams page, @Context UriInfo uri) {
        return communities.list(QueryValues.enumValue("kind", kind, CommunityKind.class),
                QueryValues.code("province", province, Codes.PROVINCE, Codes.PROVINCE_MESSAGE), name, page)
                .map(CommunityMapper::toResponse)
                .toResponse(uri);
    }

    @POST
    @Operation(operationId = "createCommunity", summary = "Register a community (Comunità Montana or Unione di Comuni); honours Idempotency-Key")
    @APIResponse(responseCode = "201", description = "Created; Location names the new community, ETag its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommunityResponse.class)))
    @APIResponse(responseCode = "409", description = "A community with this code exists")
    public Response create(@Valid @NotNull CommunityRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, Responses.operation("POST", uri), request, () -> {
            Community community = communities.create(request);
            return Responses.created(location(community), CommunityMapper.toResponse(community));
        });
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getCommunity", summary = "One community by its code")
    @APIResponse(responseCode = "200", description = "The community, with its ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommunityResponse.class)))
    @APIResponse(responseCode = "404", description = "No community has this code")
    public Response get(@PathParam("code") String code) {
        return Responses.ok(CommunityMapper.toResponse(communities.get(code)));
    }

    @PUT
    @Path("/{code}")
    @Operation(operationId = "upsertCommunity", summary = "Replace a community, or create it when the code is new")
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommunityResponse.class)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommunityResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, or a code in the body other than the path's")
    public Response replace(@PathParam("code") String code, @Valid @NotNull CommunityRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Upserted<Community> result = communities.replace(code, request, ifMatch);
        return Responses.createdOrOk(result.created(), location(result.entity()),
                CommunityMapper.toResponse(result.entity()));
    }

    @PATCH
    @Path("/{code}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "updateCommunity", summary = "Change some fields of a community (JSON merge patch, RFC 7396)")
    @APIResponse(responseCode = "200", description = "The patched community",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommunityResponse.class)))
    @APIResponse(responseCode = "400", description = "The patched community would be invalid")
    @APIResponse(responseCode = "404", description = "No community has this code")
    public Response patch(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            JsonNode patch) throws JsonProcessingException {
        CommunityRequest patched = mergePatch.apply(CommunityMapper.toRequest(communities.get(code)),
                patch, CommunityRequest.class);
        return Responses.ok(CommunityMapper.toResponse(communities.update(code, patched, ifMatch)));
    }

    @DELETE
    @Path("/{code}")
    @Operation(operationId = "deleteCommunity", summary = "Delete a community that has no memberships")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No community has this code")
    @APIResponse(responseCode = "409", description = "The community still has memberships")
    public Response delete(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        communities.delete(code, ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("/{code}/members")
    @Produces({ MediaType.APPLICATION_JSON, Responses.CSV })
    @Operation(operationId = "listCommunityMembers", summary = "The municipalities that belong to the community on a date (default today); JSON or CSV")
    @APIResponse(responseCode = "200", description = "One page of members with the membership that makes each one",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberResponse.class)),
                        @Content(mediaType = Responses.CSV) },
            extensions = @Extension(name = PagedResponses.EXTENSION, value = "true"))
    @APIResponse(responseCode = "400", description = "Invalid date, page, size or sort")
    @APIResponse(responseCode = "404", description = "No community has this code")
    public Response members(@PathParam("code") String code, @QueryParam("date") String date,
            @BeanParam @Valid PageParams page, @Context UriInfo uri) {
        return memberships.members(code, QueryValues.dateOrToday("date", date), page)
                .map(member -> MembershipMapper.toMember(member.membership(), member.municipality()))
                .toResponse(uri);
    }

    private static URI location(Community community) {
        return URI.create(PATH + "/" + community.code);
    }
}

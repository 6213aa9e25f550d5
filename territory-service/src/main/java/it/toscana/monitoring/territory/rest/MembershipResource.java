package it.toscana.monitoring.territory.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import it.toscana.monitoring.platform.openapi.PagedResponses;
import it.toscana.monitoring.platform.rest.BulkExecutor;
import it.toscana.monitoring.platform.rest.BulkResult;
import it.toscana.monitoring.platform.rest.Codes;
import it.toscana.monitoring.platform.rest.IdempotentRequests;
import it.toscana.monitoring.platform.rest.MergePatch;
import it.toscana.monitoring.platform.rest.PageParams;
import it.toscana.monitoring.platform.rest.QueryValues;
import it.toscana.monitoring.platform.rest.Responses;
import it.toscana.monitoring.territory.api.MembershipRequest;
import it.toscana.monitoring.territory.api.MembershipResponse;
import it.toscana.monitoring.territory.domain.Membership;
import it.toscana.monitoring.territory.mapping.MembershipMapper;
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

@Path(MembershipResource.PATH)
@Tag(name = "Memberships")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MembershipResource {

    static final String PATH = "/api/v1/memberships";

    @Inject
    MembershipService memberships;

    @Inject
    IdempotentRequests idempotency;

    @Inject
    MergePatch mergePatch;

    @Inject
    BulkExecutor bulk;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Responses.CSV })
    @Operation(operationId = "listMemberships", summary = "List memberships, filtered by municipality, community and the date they are valid on; JSON or CSV")
    @APIResponse(responseCode = "200", description = "One page of memberships; Link headers name the next and previous pages",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MembershipResponse.class)),
                        @Content(mediaType = Responses.CSV) },
            extensions = @Extension(name = PagedResponses.EXTENSION, value = "true"))
    public Response list(@QueryParam("istatCode") String istatCode, @QueryParam("communityCode") String communityCode,
            @QueryParam("date") String date, @BeanParam @Valid PageParams page, @Context UriInfo uri) {
        return memberships.list(QueryValues.code("istatCode", istatCode, Codes.ISTAT, Codes.ISTAT_MESSAGE),
                communityCode, QueryValues.date("date", date), page)
                .map(MembershipMapper::toResponse)
                .toResponse(uri);
    }

    @POST
    @Operation(operationId = "createMembership", summary = "A municipality joins a community from a date, optionally until a date; honours Idempotency-Key")
    @APIResponse(responseCode = "201", description = "Created; Location names the new membership, ETag its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MembershipResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, e.g. validTo before validFrom (problem+json naming each)")
    @APIResponse(responseCode = "404", description = "Unknown municipality or community (the field is named)")
    @APIResponse(responseCode = "409", description = "The municipality already belongs to a community in part of the period")
    public Response create(@Valid @NotNull MembershipRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, Responses.operation("POST", uri), request, () -> {
            Membership membership = memberships.create(request);
            return Responses.created(location(membership), MembershipMapper.toResponse(membership));
        });
    }

    @POST
    @Path("/bulk")
    @Operation(operationId = "upsertMembershipsBulk", summary = "Create or update up to 10,000 memberships, keyed by municipality, community and start date; honours Idempotency-Key")
    @APIResponse(responseCode = "207", description = "One result per item, in order: 201 created, 200 updated, or a problem",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkResult.class)))
    @APIResponse(responseCode = "400", description = "No items")
    @APIResponse(responseCode = "413", description = "More than 10,000 items")
    public Response bulkUpsert(List<MembershipRequest> items,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, Responses.operation("POST", uri), items,
                () -> Responses.multiStatus(bulk.run(items,
                        item -> item.istatCode() + "/" + item.communityCode() + "/" + item.validFrom(), item -> {
                            Upserted<Membership> result = memberships.upsert(item);
                            return new BulkResult.Item(0, result.created() ? 201 : 200,
                                    result.entity().id.toString(), null);
                        })));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMembership", summary = "One membership by id")
    @APIResponse(responseCode = "200", description = "The membership, with its ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MembershipResponse.class)))
    @APIResponse(responseCode = "404", description = "No membership has this id")
    public Response get(@PathParam("id") UUID id) {
        return Responses.ok(MembershipMapper.toResponse(memberships.get(id)));
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "replaceMembership", summary = "Replace a membership (e.g. set the date it ends)")
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MembershipResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, e.g. validTo before validFrom")
    @APIResponse(responseCode = "404", description = "Unknown membership, municipality or community")
    @APIResponse(responseCode = "409", description = "The new period overlaps another membership of the municipality")
    public Response replace(@PathParam("id") UUID id, @Valid @NotNull MembershipRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return Responses.ok(MembershipMapper.toResponse(memberships.replace(id, request, ifMatch)));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "updateMembership", summary = "Change some fields of a membership (JSON merge patch, RFC 7396)")
    @APIResponse(responseCode = "200", description = "The patched membership",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MembershipResponse.class)))
    @APIResponse(responseCode = "400", description = "The patched membership would be invalid")
    @APIResponse(responseCode = "404", description = "Unknown membership, municipality or community")
    @APIResponse(responseCode = "409", description = "The new period overlaps another membership of the municipality")
    public Response patch(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode patch)
            throws JsonProcessingException {
        MembershipRequest patched = mergePatch.apply(MembershipMapper.toRequest(memberships.get(id)),
                patch, MembershipRequest.class);
        return Responses.ok(MembershipMapper.toResponse(memberships.replace(id, patched, ifMatch)));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteMembership", summary = "Delete a membership")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No membership has this id")
    public Response delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        memberships.delete(id, ifMatch);
        return Response.noContent().build();
    }

    private static URI location(Membership membership) {
        return URI.create(PATH + "/" + membership.id);
    }
}

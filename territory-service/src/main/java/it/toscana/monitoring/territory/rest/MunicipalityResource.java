package it.toscana.monitoring.territory.rest;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

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
import it.toscana.monitoring.territory.api.MunicipalityCommunityResponse;
import it.toscana.monitoring.territory.api.MunicipalityRequest;
import it.toscana.monitoring.territory.api.MunicipalityResponse;
import it.toscana.monitoring.territory.api.PopulationRequest;
import it.toscana.monitoring.territory.domain.Municipality;
import it.toscana.monitoring.territory.mapping.MembershipMapper;
import it.toscana.monitoring.territory.mapping.MunicipalityMapper;
import it.toscana.monitoring.territory.service.MembershipService;
import it.toscana.monitoring.territory.service.MunicipalityService;
import it.toscana.monitoring.platform.aggregate.Upserted;
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

@Path(MunicipalityResource.PATH)
@Tag(name = "Municipalities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MunicipalityResource {

    static final String PATH = "/api/v1/municipalities";

    @Inject
    MunicipalityService municipalities;

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
    @Operation(operationId = "listMunicipalities", summary = "List municipalities, filtered by province and name (contains); JSON or CSV")
    @APIResponse(responseCode = "200", description = "One page of municipalities; Link headers name the next and previous pages",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MunicipalityResponse.class)),
                        @Content(mediaType = Responses.CSV) },
            extensions = @Extension(name = PagedResponses.EXTENSION, value = "true"))
    public Response list(@QueryParam("province") String province, @QueryParam("name") String name,
            @BeanParam @Valid PageParams page, @Context UriInfo uri) {
        return municipalities.list(QueryValues.code("province", province, Codes.PROVINCE, Codes.PROVINCE_MESSAGE),
                name, page)
                .map(MunicipalityMapper::toResponse)
                .toResponse(uri);
    }

    @POST
    @Operation(operationId = "createMunicipality", summary = "Register a municipality by ISTAT code, optionally with a population figure; honours Idempotency-Key")
    @APIResponse(responseCode = "201", description = "Created; Location names the new municipality, ETag its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MunicipalityResponse.class)))
    @APIResponse(responseCode = "409", description = "A municipality with this ISTAT code exists")
    public Response create(@Valid @NotNull MunicipalityRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, Responses.operation("POST", uri), request, () -> {
            Municipality municipality = municipalities.create(request);
            return Responses.created(location(municipality), MunicipalityMapper.toResponse(municipality));
        });
    }

    @POST
    @Path("/bulk")
    @Operation(operationId = "upsertMunicipalitiesBulk", summary = "Create or replace up to 10,000 municipalities (regional register); honours Idempotency-Key")
    @APIResponse(responseCode = "207", description = "One result per item, in order: 201 created, 200 replaced, or a problem",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkResult.class)))
    @APIResponse(responseCode = "400", description = "No items")
    @APIResponse(responseCode = "413", description = "More than 10,000 items")
    public Response bulkUpsert(List<MunicipalityRequest> items,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, Responses.operation("POST", uri), items,
                () -> Responses.multiStatus(bulk.run(items, MunicipalityRequest::istatCode, item -> {
                    Upserted<Municipality> result = municipalities.replace(item.istatCode(), item, null);
                    return new BulkResult.Item(0, result.created() ? 201 : 200, result.entity().istatCode, null);
                })));
    }

    @GET
    @Path("/{istatCode}")
    @Operation(operationId = "getMunicipality", summary = "One municipality by ISTAT code, with its population series")
    @APIResponse(responseCode = "200", description = "The municipality, with its ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MunicipalityResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed ISTAT code")
    @APIResponse(responseCode = "404", description = "No municipality has this ISTAT code")
    public Response get(@PathParam("istatCode") @Pattern(regexp = Codes.ISTAT, message = Codes.ISTAT_MESSAGE) String istatCode) {
        return Responses.ok(MunicipalityMapper.toResponse(municipalities.get(istatCode)));
    }

    @PUT
    @Path("/{istatCode}")
    @Operation(operationId = "upsertMunicipality", summary = "Replace a municipality, or create it when the ISTAT code is new; a population figure is added to the series")
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MunicipalityResponse.class)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MunicipalityResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, or an ISTAT code in the body other than the path's")
    public Response replace(
            @PathParam("istatCode") @Pattern(regexp = Codes.ISTAT, message = Codes.ISTAT_MESSAGE) String istatCode,
            @Valid @NotNull MunicipalityRequest request, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Upserted<Municipality> result = municipalities.replace(istatCode, request, ifMatch);
        return Responses.createdOrOk(result.created(), location(result.entity()),
                MunicipalityMapper.toResponse(result.entity()));
    }

    @PATCH
    @Path("/{istatCode}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "updateMunicipality", summary = "Change some fields of a municipality (JSON merge patch, RFC 7396)")
    @APIResponse(responseCode = "200", description = "The patched municipality",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MunicipalityResponse.class)))
    @APIResponse(responseCode = "400", description = "The patched municipality would be invalid")
    @APIResponse(responseCode = "404", description = "No municipality has this ISTAT code")
    public Response patch(
            @PathParam("istatCode") @Pattern(regexp = Codes.ISTAT, message = Codes.ISTAT_MESSAGE) String istatCode,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode patch) throws JsonProcessingException {
        MunicipalityRequest patched = mergePatch.apply(MunicipalityMapper.toRequest(municipalities.get(istatCode)),
                patch, MunicipalityRequest.class);
        return Responses.ok(MunicipalityMapper.toResponse(municipalities.update(istatCode, patched, ifMatch)));
    }

    @DELETE
    @Path("/{istatCode}")
    @Operation(operationId = "deleteMunicipality", summary = "Delete a municipality that no membership or place points at")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", description = "Malformed ISTAT code")
    @APIResponse(responseCode = "404", description = "No municipality has this ISTAT code")
    @APIResponse(responseCode = "409", description = "Memberships or places still point at the municipality")
    public Response delete(
            @PathParam("istatCode") @Pattern(regexp = Codes.ISTAT, message = Codes.ISTAT_MESSAGE) String istatCode,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        municipalities.delete(istatCode, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("/{istatCode}/population")
    @Operation(operationId = "recordMunicipalityPopulation", summary = "Add a population figure; figures of other dates are kept, the one of the same date is corrected; honours Idempotency-Key")
    @APIResponse(responseCode = "200", description = "The figure of that date was corrected; the municipality",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MunicipalityResponse.class)))
    @APIResponse(responseCode = "201", description = "The figure was added; the municipality",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MunicipalityResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid figure (e.g. negative population) or malformed ISTAT code")
    @APIResponse(responseCode = "404", description = "No municipality has this ISTAT code")
    public Response recordPopulation(
            @PathParam("istatCode") @Pattern(regexp = Codes.ISTAT, message = Codes.ISTAT_MESSAGE) String istatCode,
            @Valid @NotNull PopulationRequest figure, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, Responses.operation("POST", uri), figure, () -> {
            Upserted<Municipality> result = municipalities.recordPopulation(istatCode, figure, ifMatch);
            return Responses.createdOrOk(result.created(), location(result.entity()),
                    MunicipalityMapper.toResponse(result.entity()));
        });
    }

    @GET
    @Path("/{istatCode}/community")
    @Operation(operationId = "getMunicipalityCommunity", summary = "The community the municipality belongs to on a date (default today)")
    @APIResponse(responseCode = "200", description = "The community, with the membership that makes it so",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MunicipalityCommunityResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid date or malformed ISTAT code")
    @APIResponse(responseCode = "404", description = "Unknown municipality, or it belongs to no community on that date")
    public MunicipalityCommunityResponse communityOn(
            @PathParam("istatCode") @Pattern(regexp = Codes.ISTAT, message = Codes.ISTAT_MESSAGE) String istatCode,
            @QueryParam("date") String date) {
        LocalDate on = QueryValues.dateOrToday("date", date);
        MembershipService.CommunityOnDate found = memberships.communityOf(istatCode, on);
        return MembershipMapper.toCommunityOn(on, found.membership(), found.community());
    }

    private static URI location(Municipality municipality) {
        return URI.create(PATH + "/" + municipality.istatCode);
    }
}

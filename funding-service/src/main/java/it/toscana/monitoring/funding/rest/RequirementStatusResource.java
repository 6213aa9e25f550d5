package it.toscana.monitoring.funding.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import it.toscana.monitoring.funding.api.RequirementStatusRequest;
import it.toscana.monitoring.funding.api.RequirementStatusResponse;
import it.toscana.monitoring.funding.mapping.RequirementMapper;
import it.toscana.monitoring.funding.service.RequirementService;
import it.toscana.monitoring.platform.openapi.PagedResponses;
import it.toscana.monitoring.platform.rest.PageCsvWriter;
import it.toscana.monitoring.platform.rest.PageParams;
import it.toscana.monitoring.platform.rest.QueryValues;
import it.toscana.monitoring.platform.rest.Responses;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

@Path(RequirementStatusResource.PATH)
@Tag(name = "Mandatory requirements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RequirementStatusResource {

    static final String PATH = "/api/v1/requirement-statuses";
    private static final String ONE = "/{communityCode}/{requirementCode}";

    @Inject
    RequirementService requirements;

    @PUT
    @Path(ONE)
    @Operation(operationId = "upsertRequirementStatus", summary = "Record whether a community meets a mandatory requirement")
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RequirementStatusResponse.class)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RequirementStatusResponse.class)))
    @APIResponse(responseCode = "422", description = "Unknown community or requirement")
    public Response put(@PathParam("communityCode") String communityCode,
            @PathParam("requirementCode") String requirementCode, @Valid @NotNull RequirementStatusRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return PutResponses.of(requirements.putStatus(communityCode, requirementCode, request, ifMatch),
                PATH + "/" + communityCode + "/" + requirementCode, RequirementMapper::toResponse);
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, PageCsvWriter.TEXT_CSV })
    @Operation(operationId = "listRequirementStatuses", summary = "Communities' statuses against the mandatory requirements, filtered (JSON or CSV)")
    @APIResponse(responseCode = "200", description = "One page of statuses",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RequirementStatusResponse.class)),
                        @Content(mediaType = PageCsvWriter.TEXT_CSV) },
            extensions = @Extension(name = PagedResponses.EXTENSION, value = "true"))
    public Response list(@QueryParam("communityCode") String communityCode,
            @QueryParam("requirementCode") String requirementCode,
            @QueryParam("met") @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) String met,
            @BeanParam @Valid PageParams page, @Context UriInfo uri) {
        return requirements.statuses(communityCode, requirementCode, QueryValues.bool("met", met), page)
                .map(RequirementMapper::toResponse).toResponse(uri);
    }

    @GET
    @Path(ONE)
    @Operation(operationId = "getRequirementStatus", summary = "One community's status against one requirement")
    @APIResponse(responseCode = "200", description = "The status, with ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RequirementStatusResponse.class)))
    @APIResponse(responseCode = "404", description = "No status recorded")
    public Response get(@PathParam("communityCode") String communityCode,
            @PathParam("requirementCode") String requirementCode) {
        return Responses.ok(RequirementMapper.toResponse(requirements.getStatus(communityCode, requirementCode)));
    }

    @DELETE
    @Path(ONE)
    @Operation(operationId = "deleteRequirementStatus", summary = "Forget a community's status against a requirement")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No status recorded")
    public Response delete(@PathParam("communityCode") String communityCode,
            @PathParam("requirementCode") String requirementCode, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        requirements.deleteStatus(communityCode, requirementCode, ifMatch);
        return Response.noContent().build();
    }
}

package it.toscana.monitoring.funding.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import it.toscana.monitoring.funding.api.NaturalKeys;
import it.toscana.monitoring.funding.api.RequirementRequest;
import it.toscana.monitoring.funding.api.RequirementResponse;
import it.toscana.monitoring.funding.mapping.RequirementMapper;
import it.toscana.monitoring.funding.service.RequirementService;
import it.toscana.monitoring.platform.openapi.PagedResponses;
import it.toscana.monitoring.platform.rest.PageCsvWriter;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

@Path(RequirementResource.PATH)
@Tag(name = "Mandatory requirements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RequirementResource {

    static final String PATH = "/api/v1/mandatory-requirements";

    @Inject
    RequirementService requirements;

    @PUT
    @Path("/{code}")
    @Operation(operationId = "upsertMandatoryRequirement", summary = "Create or replace a mandatory requirement (RTRT, INTERPRO, START, VOIP_RTRT, IRIS_PAYMENTS…)")
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RequirementResponse.class)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RequirementResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid code or fields")
    public Response put(@PathParam("code") @Pattern(regexp = NaturalKeys.PATTERN, message = NaturalKeys.MESSAGE) String code,
            @Valid @NotNull RequirementRequest request, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return PutResponses.of(requirements.put(code, request, ifMatch), PATH + "/" + code,
                RequirementMapper::toResponse);
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, PageCsvWriter.TEXT_CSV })
    @Operation(operationId = "listMandatoryRequirements", summary = "The mandatory requirements (JSON or CSV)")
    @APIResponse(responseCode = "200", description = "One page of requirements",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RequirementResponse.class)),
                        @Content(mediaType = PageCsvWriter.TEXT_CSV) },
            extensions = @Extension(name = PagedResponses.EXTENSION, value = "true"))
    public Response list(@BeanParam @Valid PageParams page, @Context UriInfo uri) {
        return requirements.list(page).map(RequirementMapper::toResponse).toResponse(uri);
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getMandatoryRequirement", summary = "One mandatory requirement")
    @APIResponse(responseCode = "200", description = "The requirement, with ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RequirementResponse.class)))
    @APIResponse(responseCode = "404", description = "No requirement has this code")
    public Response get(@PathParam("code") String code) {
        return Responses.ok(RequirementMapper.toResponse(requirements.get(code)));
    }

    @DELETE
    @Path("/{code}")
    @Operation(operationId = "deleteMandatoryRequirement", summary = "Delete a requirement no community has a status against")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No requirement has this code")
    @APIResponse(responseCode = "409", description = "Communities have a status against it")
    public Response delete(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        requirements.delete(code, ifMatch);
        return Response.noContent().build();
    }
}

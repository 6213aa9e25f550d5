package it.toscana.monitoring.funding.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import it.toscana.monitoring.funding.api.CoFinancingRequest;
import it.toscana.monitoring.funding.api.CoFinancingResponse;
import it.toscana.monitoring.funding.api.NaturalKeys;
import it.toscana.monitoring.funding.mapping.CoFinancingMapper;
import it.toscana.monitoring.funding.service.CoFinancingService;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

@Path(CoFinancingResource.PATH)
@Tag(name = "Co-financing (APQ)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CoFinancingResource {

    static final String PATH = "/api/v1/co-financing-projects";

    @Inject
    CoFinancingService projects;

    @PUT
    @Path("/{code}")
    @Operation(operationId = "upsertCoFinancingProject", summary = "Create or replace a co-financed APQ project (CSTT_ALI, E_TOSCANA_RIUSO, GEOSIGMA…)")
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CoFinancingResponse.class)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CoFinancingResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid code or fields")
    @APIResponse(responseCode = "422", description = "Contributions differ from the total without an explanation, or decrees differ from the funds they commit")
    public Response put(@PathParam("code") @Pattern(regexp = NaturalKeys.PATTERN, message = NaturalKeys.MESSAGE) String code,
            @Valid @NotNull CoFinancingRequest request, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return PutResponses.of(projects.put(code, request, ifMatch), PATH + "/" + code, CoFinancingMapper::toResponse);
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, PageCsvWriter.TEXT_CSV })
    @Operation(operationId = "listCoFinancingProjects", summary = "Co-financed projects, optionally of one APQ section (JSON or CSV)")
    @APIResponse(responseCode = "200", description = "One page of projects",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CoFinancingResponse.class)),
                        @Content(mediaType = PageCsvWriter.TEXT_CSV) },
            extensions = @Extension(name = PagedResponses.EXTENSION, value = "true"))
    public Response list(@QueryParam("section") String section, @BeanParam @Valid PageParams page,
            @Context UriInfo uri) {
        return projects.list(section, page).map(CoFinancingMapper::toResponse).toResponse(uri);
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getCoFinancingProject", summary = "One co-financed project with its contributions total and difference")
    @APIResponse(responseCode = "200", description = "The project, with ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CoFinancingResponse.class)))
    @APIResponse(responseCode = "404", description = "No project has this code")
    public Response get(@PathParam("code") String code) {
        return Responses.ok(CoFinancingMapper.toResponse(projects.get(code)));
    }

    @DELETE
    @Path("/{code}")
    @Operation(operationId = "deleteCoFinancingProject", summary = "Delete a co-financed project")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No project has this code")
    public Response delete(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        projects.delete(code, ifMatch);
        return Response.noContent().build();
    }
}

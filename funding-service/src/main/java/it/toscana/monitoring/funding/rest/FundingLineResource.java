package it.toscana.monitoring.funding.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import it.toscana.monitoring.events.funding.AllocationState.Section;
import it.toscana.monitoring.funding.api.FundingLineRequest;
import it.toscana.monitoring.funding.api.FundingLineResponse;
import it.toscana.monitoring.funding.api.NaturalKeys;
import it.toscana.monitoring.funding.mapping.FundingLineMapper;
import it.toscana.monitoring.funding.service.FundingLineService;
import it.toscana.monitoring.platform.openapi.PagedResponses;
import it.toscana.monitoring.platform.rest.PageCsvWriter;
import it.toscana.monitoring.platform.rest.PageParams;
import it.toscana.monitoring.platform.rest.QueryValues;
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

@Path(FundingLineResource.PATH)
@Tag(name = "Funding lines")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FundingLineResource {

    static final String PATH = "/api/v1/funding-lines";

    @Inject
    FundingLineService lines;

    @PUT
    @Path("/{code}")
    @Operation(operationId = "upsertFundingLine", summary = "Create or replace a funding line (VOIP, TELECENTRI, SUAP, START, PAAS, CART…)")
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FundingLineResponse.class)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FundingLineResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid code or fields")
    public Response put(@PathParam("code") @Pattern(regexp = NaturalKeys.PATTERN, message = NaturalKeys.MESSAGE) String code,
            @Valid @NotNull FundingLineRequest request, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return PutResponses.of(lines.put(code, request, ifMatch), PATH + "/" + code, FundingLineMapper::toResponse);
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, PageCsvWriter.TEXT_CSV })
    @Operation(operationId = "listFundingLines", summary = "Funding lines, optionally of one section (JSON or CSV)")
    @APIResponse(responseCode = "200", description = "One page of funding lines",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FundingLineResponse.class)),
                        @Content(mediaType = PageCsvWriter.TEXT_CSV) },
            extensions = @Extension(name = PagedResponses.EXTENSION, value = "true"))
    public Response list(
            @QueryParam("section") @Parameter(schema = @Schema(implementation = Section.class)) String section,
            @BeanParam @Valid PageParams page, @Context UriInfo uri) {
        return lines.list(QueryValues.enumValue("section", section, Section.class), page)
                .map(FundingLineMapper::toResponse).toResponse(uri);
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getFundingLine", summary = "One funding line")
    @APIResponse(responseCode = "200", description = "The funding line, with ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FundingLineResponse.class)))
    @APIResponse(responseCode = "404", description = "No funding line has this code")
    public Response get(@PathParam("code") String code) {
        return Responses.ok(FundingLineMapper.toResponse(lines.get(code)));
    }

    @DELETE
    @Path("/{code}")
    @Operation(operationId = "deleteFundingLine", summary = "Delete a funding line nothing refers to")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No funding line has this code")
    @APIResponse(responseCode = "409", description = "Allocations or declared totals use it")
    public Response delete(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        lines.delete(code, ifMatch);
        return Response.noContent().build();
    }
}

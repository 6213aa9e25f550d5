package it.toscana.monitoring.funding.rest;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import it.toscana.monitoring.funding.api.CallRequest;
import it.toscana.monitoring.funding.api.CallResponse;
import it.toscana.monitoring.funding.api.NaturalKeys;
import it.toscana.monitoring.funding.mapping.CallMapper;
import it.toscana.monitoring.funding.service.CallService;
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

@Path(CallResource.PATH)
@Tag(name = "Calls")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CallResource {

    static final String PATH = "/api/v1/calls";

    @Inject
    CallService calls;

    @PUT
    @Path("/{code}")
    @Operation(operationId = "upsertCall", summary = "Create or replace a call for projects (avviso) with budget, opening and deadline")
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CallResponse.class)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CallResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid code or fields")
    @APIResponse(responseCode = "422", description = "Opens after its deadline")
    public Response put(@PathParam("code") @Pattern(regexp = NaturalKeys.PATTERN, message = NaturalKeys.MESSAGE) String code,
            @Valid @NotNull CallRequest request, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return PutResponses.of(calls.put(code, request, ifMatch), PATH + "/" + code, CallMapper::toResponse);
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, PageCsvWriter.TEXT_CSV })
    @Operation(operationId = "listCalls", summary = "Calls, optionally only those open on a date (JSON or CSV)")
    @APIResponse(responseCode = "200", description = "One page of calls",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CallResponse.class)),
                        @Content(mediaType = PageCsvWriter.TEXT_CSV) },
            extensions = @Extension(name = PagedResponses.EXTENSION, value = "true"))
    @APIResponse(responseCode = "400", description = "Invalid paging, sort or date")
    public Response list(
            @QueryParam("openOn") @Parameter(schema = @Schema(implementation = LocalDate.class)) String openOn,
            @BeanParam @Valid PageParams page, @Context UriInfo uri) {
        return calls.list(QueryValues.date("openOn", openOn), page).map(CallMapper::toResponse).toResponse(uri);
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getCall", summary = "One call")
    @APIResponse(responseCode = "200", description = "The call, with ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CallResponse.class)))
    @APIResponse(responseCode = "404", description = "No call has this code")
    public Response get(@PathParam("code") String code) {
        return Responses.ok(CallMapper.toResponse(calls.get(code)));
    }

    @DELETE
    @Path("/{code}")
    @Operation(operationId = "deleteCall", summary = "Delete a call")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No call has this code")
    public Response delete(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        calls.delete(code, ifMatch);
        return Response.noContent().build();
    }
}

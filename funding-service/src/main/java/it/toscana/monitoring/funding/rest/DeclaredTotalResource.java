package it.toscana.monitoring.funding.rest;

import java.net.URI;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import it.toscana.monitoring.events.funding.DeclaredTotalStateV2.Scope;
import it.toscana.monitoring.funding.api.DeclaredTotalRequest;
import it.toscana.monitoring.funding.api.DeclaredTotalResponse;
import it.toscana.monitoring.funding.domain.DeclaredTotal;
import it.toscana.monitoring.funding.mapping.DeclaredTotalMapper;
import it.toscana.monitoring.funding.service.DeclaredTotalService;
import it.toscana.monitoring.platform.openapi.PagedResponses;
import it.toscana.monitoring.platform.rest.IdempotentRequests;
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

@Path(DeclaredTotalResource.PATH)
@Tag(name = "Declared totals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeclaredTotalResource {

    static final String PATH = "/api/v1/declared-totals";

    @Inject
    DeclaredTotalService totals;

    @Inject
    IdempotentRequests idempotent;

    @POST
    @Operation(operationId = "createDeclaredTotal", summary = "Record a total as a document prints it, with its source")
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeclaredTotalResponse.class)))
    @APIResponse(responseCode = "409", description = "This community, scope, line and label already have a declared total")
    @APIResponse(responseCode = "422", description = "Unknown community or funding line, or Idempotency-Key reused with another body")
    public Response create(@Valid @NotNull DeclaredTotalRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return idempotent.execute(idempotencyKey, "POST " + PATH, request, () -> {
            DeclaredTotal total = totals.create(request);
            return Responses.created(URI.create(PATH + "/" + total.id), DeclaredTotalMapper.toResponse(total));
        });
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, PageCsvWriter.TEXT_CSV })
    @Operation(operationId = "listDeclaredTotals", summary = "Declared totals by community, scope or funding line; region=true for region-wide ones (JSON or CSV)")
    @APIResponse(responseCode = "200", description = "One page of declared totals",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeclaredTotalResponse.class)),
                        @Content(mediaType = PageCsvWriter.TEXT_CSV) },
            extensions = @Extension(name = PagedResponses.EXTENSION, value = "true"))
    public Response list(@QueryParam("communityCode") String communityCode,
            @QueryParam("scope") @Parameter(schema = @Schema(implementation = Scope.class)) String scope,
            @QueryParam("fundingLineCode") String fundingLineCode,
            @QueryParam("region") @Parameter(schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) String region,
            @BeanParam @Valid PageParams page, @Context UriInfo uri) {
        return totals.list(communityCode, QueryValues.enumValue("scope", scope, Scope.class), fundingLineCode,
                QueryValues.flag("region", region), page).map(DeclaredTotalMapper::toResponse).toResponse(uri);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDeclaredTotal", summary = "One declared total")
    @APIResponse(responseCode = "200", description = "The declared total, with ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeclaredTotalResponse.class)))
    @APIResponse(responseCode = "404", description = "No declared total has this id")
    public Response get(@PathParam("id") UUID id) {
        return Responses.ok(DeclaredTotalMapper.toResponse(totals.get(id)));
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "upsertDeclaredTotal", summary = "Create or replace a declared total under a client-chosen id")
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeclaredTotalResponse.class)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeclaredTotalResponse.class)))
    @APIResponse(responseCode = "409", description = "Another declared total has this community, scope, line and label")
    @APIResponse(responseCode = "422", description = "Unknown community or funding line")
    public Response put(@PathParam("id") UUID id, @Valid @NotNull DeclaredTotalRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return PutResponses.of(totals.put(id, request, ifMatch), PATH + "/" + id, DeclaredTotalMapper::toResponse);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteDeclaredTotal", summary = "Delete a declared total")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No declared total has this id")
    public Response delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        totals.delete(id, ifMatch);
        return Response.noContent().build();
    }
}

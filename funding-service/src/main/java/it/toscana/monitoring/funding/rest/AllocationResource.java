package it.toscana.monitoring.funding.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import it.toscana.monitoring.funding.api.AllocationRequest;
import it.toscana.monitoring.funding.api.AllocationResponse;
import it.toscana.monitoring.funding.api.ImportJobResponse;
import it.toscana.monitoring.funding.domain.Allocation;
import it.toscana.monitoring.funding.domain.ShareSplit;
import it.toscana.monitoring.funding.mapping.AllocationMapper;
import it.toscana.monitoring.funding.service.AllocationFilter;
import it.toscana.monitoring.funding.service.AllocationService;
import it.toscana.monitoring.funding.service.AllocationSummary;
import it.toscana.monitoring.funding.service.MunicipalitySplit;
import it.toscana.monitoring.platform.openapi.PagedResponses;
import it.toscana.monitoring.platform.rest.BulkResult;
import it.toscana.monitoring.platform.rest.IdempotentRequests;
import it.toscana.monitoring.platform.rest.MergePatch;
import it.toscana.monitoring.platform.rest.PageCsvWriter;
import it.toscana.monitoring.platform.rest.PageParams;
import it.toscana.monitoring.platform.rest.Responses;
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

@Path(AllocationResource.PATH)
@Tag(name = "Allocations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AllocationResource {

    static final String PATH = "/api/v1/allocations";

    @Inject
    AllocationService allocations;

    @Inject
    IdempotentRequests idempotent;

    @Inject
    ErpImports erpImports;

    @Inject
    MergePatch mergePatch;

    @Inject
    MunicipalitySplit split;

    @POST
    @Operation(operationId = "createAllocation", summary = "Record an allocation: money assigned to one community for one project")
    @APIResponse(responseCode = "201", description = "Created; Location names the new allocation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AllocationResponse.class)))
    @APIResponse(responseCode = "409", description = "An allocation with this externalId exists")
    @APIResponse(responseCode = "422", description = "Unknown community, funding line or municipality, printed shares that are not a split of"
            + " the amount assigned, or Idempotency-Key reused with another body")
    public Response create(@Valid @NotNull AllocationRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return idempotent.execute(idempotencyKey, "POST " + PATH, request, () -> {
            Allocation allocation = allocations.create(request);
            return Responses.created(location(allocation), response(allocation));
        });
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, PageCsvWriter.TEXT_CSV })
    @Operation(operationId = "listAllocations", summary = "Allocations by community, funding line, section, category, municipality or period (JSON or CSV)")
    @APIResponse(responseCode = "200", description = "One page of allocations, with Link headers",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AllocationResponse.class)),
                        @Content(mediaType = PageCsvWriter.TEXT_CSV) },
            extensions = @Extension(name = PagedResponses.EXTENSION, value = "true"))
    public Response list(@BeanParam AllocationFilter filter, @BeanParam @Valid PageParams page, @Context UriInfo uri) {
        Function<Allocation, ShareSplit> splits = split.forPage();
        return allocations.list(filter, page).map(allocation -> AllocationMapper.toResponse(allocation, splits.apply(allocation)))
                .toResponse(uri);
    }

    @GET
    @Path("/summary")
    @Operation(operationId = "getAllocationsSummary", summary = "Count and sums (assigned, paid, to pay) of the allocations matching the filter, optionally grouped")
    @APIResponse(responseCode = "200", description = "The sums, computed in the database; paid and to pay are null, with"
            + " the reason in notKnown, where a LINE_TOTAL allocation (payments not known) is summed")
    @APIResponse(responseCode = "400", description = "Invalid filter or groupBy value")
    public AllocationSummary summary(@BeanParam AllocationFilter filter, @QueryParam("groupBy") String groupBy) {
        return allocations.summary(filter, groupBy);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAllocation", summary = "One allocation with its derived paid and to-pay amounts")
    @APIResponse(responseCode = "200", description = "The allocation, with ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AllocationResponse.class)))
    @APIResponse(responseCode = "404", description = "No allocation has this id")
    public Response get(@PathParam("id") UUID id) {
        return Responses.ok(response(allocations.get(id)));
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "replaceAllocation", summary = "Replace an allocation")
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AllocationResponse.class)))
    @APIResponse(responseCode = "404", description = "No allocation has this id")
    @APIResponse(responseCode = "409", description = "Another allocation has this externalId")
    @APIResponse(responseCode = "422", description = "Unknown reference, printed shares that are not a split of the amount assigned, the"
            + " amount assigned below the amount paid, assignedOn after a dated payment, or LINE_TOTAL with payments")
    public Response replace(@PathParam("id") UUID id, @Valid @NotNull AllocationRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return Responses.ok(response(allocations.replace(id, request, ifMatch)));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "updateAllocation", summary = "Change some fields of an allocation (JSON merge patch)")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AllocationResponse.class)))
    @APIResponse(responseCode = "400", description = "The patched allocation has invalid fields")
    @APIResponse(responseCode = "404", description = "No allocation has this id")
    @APIResponse(responseCode = "415", description = "Not application/merge-patch+json")
    @APIResponse(responseCode = "422", description = "Unknown reference, printed shares that are not a split of the amount assigned, the"
            + " amount assigned below the amount paid, assignedOn after a dated payment, or LINE_TOTAL with payments")
    public Response patch(@PathParam("id") UUID id, @NotNull JsonNode patch,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) throws JsonProcessingException {
        AllocationRequest current = AllocationMapper.toRequest(allocations.get(id));
        return replace(id, mergePatch.apply(current, patch, AllocationRequest.class), ifMatch);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteAllocation", summary = "Delete an allocation that has no payments")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No allocation has this id")
    @APIResponse(responseCode = "409", description = "The allocation has payments")
    public Response delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        allocations.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("/bulk")
    @Operation(operationId = "upsertAllocationsBulk", summary = "ERP import: upsert up to 10,000 allocations by externalId, one result per item")
    @APIResponse(responseCode = "207", description = "One result per item: 201 created, 200 updated, or a problem;"
            + " with dryRun=true the results a real call would give, nothing written",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkResult.class)))
    @APIResponse(responseCode = "400", description = "Empty list, malformed JSON, or a dryRun or control total that is not a value")
    @APIResponse(responseCode = "413", description = "More than 10,000 items")
    @APIResponse(responseCode = "422", description = "Control totals that differ from what arrived (both figures named), or"
            + " Idempotency-Key reused with another body")
    public Response bulk(@NotNull List<AllocationRequest> items, @BeanParam ErpBatch batch) {
        return erpImports.bulk(erp(), items, batch);
    }

    @POST
    @Path("/import-jobs")
    @Operation(operationId = "startAllocationsImportJob", summary = "ERP import larger than one bulk call, run in the background; poll the job for progress")
    @APIResponse(responseCode = "202", description = "Accepted; Location names the import job",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobResponse.class)))
    @APIResponse(responseCode = "207", description = "dryRun=true: the result per item the import would give; no job, nothing written",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkResult.class)))
    @APIResponse(responseCode = "400", description = "Empty list, malformed JSON, or a dryRun or control total that is not a value")
    @APIResponse(responseCode = "413", description = "More than 500,000 items or a body over 32 MB")
    @APIResponse(responseCode = "422", description = "External ids repeated in the list, control totals that differ from what"
            + " arrived (both figures named), or Idempotency-Key reused with another body")
    public Response importJob(@NotNull List<AllocationRequest> items, @BeanParam ErpBatch batch) {
        return erpImports.importJob(erp(), items, batch);
    }

    private ErpCollection<AllocationRequest, Allocation> erp() {
        return new ErpCollection<>(PATH, "ALLOCATIONS", AllocationRequest::externalId,
                allocations::lockByExternalIds, allocations::upsertByExternalId,
                allocation -> allocation.id, AllocationRequest::amountAssigned);
    }

    private AllocationResponse response(Allocation allocation) {
        return AllocationMapper.toResponse(allocation, split.of(allocation));
    }

    private static URI location(Allocation allocation) {
        return URI.create(PATH + "/" + allocation.id);
    }
}

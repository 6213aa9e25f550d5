package it.toscana.monitoring.funding.rest;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import it.toscana.monitoring.events.funding.PaymentState.Kind;
import it.toscana.monitoring.funding.api.ImportJobResponse;
import it.toscana.monitoring.funding.api.PaymentRequest;
import it.toscana.monitoring.funding.api.PaymentResponse;
import it.toscana.monitoring.funding.domain.Payment;
import it.toscana.monitoring.funding.mapping.PaymentMapper;
import it.toscana.monitoring.funding.service.PaymentService;
import it.toscana.monitoring.platform.openapi.PagedResponses;
import it.toscana.monitoring.platform.rest.BulkResult;
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

@Path(PaymentResource.PATH)
@Tag(name = "Payments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PaymentResource {

    static final String PATH = "/api/v1/payments";

    @Inject
    PaymentService payments;

    @Inject
    IdempotentRequests idempotent;

    @Inject
    ErpImports erpImports;

    @POST
    @Operation(operationId = "createPayment", summary = "Record a payment tranche (liquidazione) on an allocation")
    @APIResponse(responseCode = "201", description = "Created; the allocation's paid amount and version change too",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaymentResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, no allocation named, or malformed JSON")
    @APIResponse(responseCode = "409", description = "A payment with this externalId exists")
    @APIResponse(responseCode = "422", description = "Unknown or LINE_TOTAL allocation, a date before the allocation's"
            + " assignedOn, or the payments would exceed the amount assigned")
    public Response create(@Valid @NotNull PaymentRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return idempotent.execute(idempotencyKey, "POST " + PATH, request, () -> {
            Payment payment = payments.create(request);
            return Responses.created(URI.create(PATH + "/" + payment.id), PaymentMapper.toResponse(payment));
        });
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, PageCsvWriter.TEXT_CSV })
    @Operation(operationId = "listPayments", summary = "Payments, optionally of one allocation, one kind or paid within some dates (JSON or CSV)")
    @APIResponse(responseCode = "200", description = "One page of payments, with Link headers",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaymentResponse.class)),
                        @Content(mediaType = PageCsvWriter.TEXT_CSV) },
            extensions = @Extension(name = PagedResponses.EXTENSION, value = "true"))
    public Response list(
            @QueryParam("allocationId") @Parameter(schema = @Schema(implementation = UUID.class)) String allocationId,
            @QueryParam("kind") @Parameter(schema = @Schema(implementation = Kind.class)) String kind,
            @QueryParam("paidFrom") @Parameter(description = "Payments whose date (resolved: see date) is on or after this day",
                    schema = @Schema(implementation = LocalDate.class)) String paidFrom,
            @QueryParam("paidTo") @Parameter(description = "Payments whose date (resolved: see date) is on or before this day",
                    schema = @Schema(implementation = LocalDate.class)) String paidTo,
            @BeanParam @Valid PageParams page, @Context UriInfo uri) {
        return payments.list(QueryValues.uuid("allocationId", allocationId),
                QueryValues.enumValue("kind", kind, Kind.class), QueryValues.date("paidFrom", paidFrom),
                QueryValues.date("paidTo", paidTo), page).map(PaymentMapper::toResponse).toResponse(uri);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPayment", summary = "One payment")
    @APIResponse(responseCode = "200", description = "The payment, with ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaymentResponse.class)))
    @APIResponse(responseCode = "404", description = "No payment has this id")
    public Response get(@PathParam("id") UUID id) {
        return Responses.ok(PaymentMapper.toResponse(payments.get(id)));
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "replacePayment", summary = "Replace a payment (same allocation)")
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaymentResponse.class)))
    @APIResponse(responseCode = "404", description = "No payment has this id")
    @APIResponse(responseCode = "422", description = "Another allocation named, a date before the allocation's assignedOn,"
            + " or the payments would exceed the amount assigned")
    public Response replace(@PathParam("id") UUID id, @Valid @NotNull PaymentRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return Responses.ok(PaymentMapper.toResponse(payments.replace(id, request, ifMatch)));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deletePayment", summary = "Delete a payment; its allocation's paid amount goes down")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No payment has this id")
    public Response delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        payments.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("/bulk")
    @Operation(operationId = "upsertPaymentsBulk", summary = "ERP import: upsert up to 10,000 payments by externalId, one result per item")
    @APIResponse(responseCode = "207", description = "One result per item: 201 created, 200 updated, or a problem;"
            + " with dryRun=true the results a real call would give, nothing written",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkResult.class)))
    @APIResponse(responseCode = "400", description = "Empty list, malformed JSON, or a dryRun or control total that is not a value")
    @APIResponse(responseCode = "413", description = "More than 10,000 items")
    @APIResponse(responseCode = "422", description = "Control totals that differ from what arrived (both figures named), or"
            + " Idempotency-Key reused with another body")
    public Response bulk(@NotNull List<PaymentRequest> items, @BeanParam ErpBatch batch) {
        return erpImports.bulk(erp(), items, batch);
    }

    @POST
    @Path("/import-jobs")
    @Operation(operationId = "startPaymentsImportJob", summary = "ERP import larger than one bulk call, run in the background; poll the job for progress")
    @APIResponse(responseCode = "202", description = "Accepted; Location names the import job",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobResponse.class)))
    @APIResponse(responseCode = "207", description = "dryRun=true: the result per item the import would give; no job, nothing written",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkResult.class)))
    @APIResponse(responseCode = "400", description = "Empty list, malformed JSON, or a dryRun or control total that is not a value")
    @APIResponse(responseCode = "413", description = "More than 500,000 items or a body over 32 MB")
    @APIResponse(responseCode = "422", description = "External ids repeated in the list, control totals that differ from what"
            + " arrived (both figures named), or Idempotency-Key reused with another body")
    public Response importJob(@NotNull List<PaymentRequest> items, @BeanParam ErpBatch batch) {
        return erpImports.importJob(erp(), items, batch);
    }

    private ErpCollection<PaymentRequest, Payment> erp() {
        return new ErpCollection<>(PATH, "PAYMENTS", PaymentRequest::externalId, keys -> {
        }, payments::upsertByExternalId,
                payment -> payment.id, PaymentRequest::amount);
    }
}

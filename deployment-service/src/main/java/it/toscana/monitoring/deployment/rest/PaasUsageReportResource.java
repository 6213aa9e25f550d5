package it.toscana.monitoring.deployment.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import it.toscana.monitoring.deployment.api.UsageReportBulkRequest;
import it.toscana.monitoring.deployment.service.PaasPointService;
import it.toscana.monitoring.platform.rest.BulkResult;
import it.toscana.monitoring.platform.rest.IdempotentRequests;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/v1/paas-usage-reports")
@Tag(name = "PAAS")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PaasUsageReportResource {

    @Inject
    PaasPointService paas;

    @Inject
    IdempotentRequests idempotentRequests;

    @POST
    @Path("/bulk")
    @Operation(operationId = "uploadPaasUsageReportsBulk", summary = "Upload the usage reports of many PAAS points for one period; each item is stored or refused on its own")
    @APIResponse(responseCode = "207", description = "One result per item: 201 with the report id, or a problem",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkResult.class)))
    @APIResponse(responseCode = "400", description = "No items, or the period is missing")
    @APIResponse(responseCode = "413", description = "More than 10,000 items")
    public Response upload(@Valid @NotNull UsageReportBulkRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return idempotentRequests.execute(idempotencyKey, "POST /api/v1/paas-usage-reports/bulk", request,
                () -> Response.status(207).entity(paas.reportAll(request)).build());
    }
}

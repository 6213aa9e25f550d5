package it.toscana.monitoring.funding.rest;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import it.toscana.monitoring.funding.api.ReconciliationLine;
import it.toscana.monitoring.funding.service.Reconciliation;
import it.toscana.monitoring.platform.openapi.PagedResponses;
import it.toscana.monitoring.platform.rest.PageCsvWriter;
import it.toscana.monitoring.platform.rest.PageParams;
import it.toscana.monitoring.platform.rest.QueryValues;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

@Path("/api/v1/erp/reconciliation")
@Tag(name = "ERP")
public class ReconciliationResource {

    @Inject
    Reconciliation reconciliation;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, PageCsvWriter.TEXT_CSV })
    @Operation(operationId = "listReconciliationLines", summary = "Per external id, what this system holds: assigned, paid, to pay, last change (JSON or CSV)",
            description = "The ERP diffs this against its own ledger, best as CSV (Accept: text/csv). One line per allocation whose"
                    + " externalId starts with externalIdPrefix, ordered by externalId (sortable by externalId and updatedAt).")
    @APIResponse(responseCode = "200", description = "One page of lines, with Link headers",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReconciliationLine.class)),
                        @Content(mediaType = PageCsvWriter.TEXT_CSV) },
            extensions = @Extension(name = PagedResponses.EXTENSION, value = "true"))
    @APIResponse(responseCode = "400", description = "Invalid paging or sort, or an asOf that is not a date")
    public Response list(
            @QueryParam("externalIdPrefix") @Parameter(description = "Only external ids starting with this text, taken literally;"
                    + " every allocation with an external id when absent", example = "ERP-2009-") String externalIdPrefix,
            @QueryParam("asOf") @Parameter(description = "Business date: only allocations assigned by then, and payments dated"
                    + " by then (a fact without a date of its own by the day it was recorded)",
                    schema = @Schema(implementation = LocalDate.class)) String asOf,
            @BeanParam @Valid PageParams page, @Context UriInfo uri) {
        return reconciliation.page(externalIdPrefix, QueryValues.date("asOf", asOf), page).map(ReconciliationResource::line)
                .toResponse(uri);
    }

    private static ReconciliationLine line(Reconciliation.Line line) {
        var allocation = line.allocation();
        return new ReconciliationLine(allocation.externalId, allocation.id, allocation.communityCode,
                allocation.fundingLineCode, allocation.detail, allocation.amountAssigned, line.paid(),
                line.paid() == null ? null : allocation.amountAssigned.subtract(line.paid()), allocation.updatedAt);
    }
}

package it.toscana.monitoring.deployment.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import it.toscana.monitoring.deployment.api.PaasPointRequest;
import it.toscana.monitoring.deployment.api.PaasPointResponse;
import it.toscana.monitoring.deployment.api.StatusChangeResponse;
import it.toscana.monitoring.deployment.api.UsageReportRequest;
import it.toscana.monitoring.deployment.api.UsageReportResponse;
import it.toscana.monitoring.deployment.domain.PaasUsageReport;
import it.toscana.monitoring.deployment.mapping.PaasMapper;
import it.toscana.monitoring.deployment.service.PaasPointService;
import it.toscana.monitoring.deployment.service.PaasTimeline;
import it.toscana.monitoring.platform.openapi.PagedResponses;
import it.toscana.monitoring.platform.rest.PublicUrls;
import it.toscana.monitoring.platform.rest.IdempotentRequests;
import it.toscana.monitoring.platform.rest.MergePatch;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

@Path("/api/v1/paas-points")
@Tag(name = "PAAS")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PaasPointResource {

    @Inject
    FactEndpoints endpoints;

    @Inject
    PaasPointService paas;

    @Inject
    PaasTimeline timeline;

    @Inject
    IdempotentRequests idempotentRequests;

    @Context
    UriInfo uri;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Responses.CSV })
    @Operation(operationId = "listPaasPoints", summary = "List PAAS points with their users and accesses, by community, municipality and status (JSON or CSV)",
            description = "Now, or as they stood on a date (asOf) as recorded by a moment (knownAt): then each point's "
                    + "status and cumulative usage then, the status filter and the sort applying to them; points "
                    + "recorded after knownAt are left out.")
    @APIResponse(responseCode = "200", description = "One page, with Link headers to the next and previous pages",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaasPointResponse.class)),
                        @Content(mediaType = Responses.CSV) },
            extensions = @Extension(name = PagedResponses.EXTENSION, value = "true"))
    @APIResponse(responseCode = "400", description = "Invalid filter, page, sort, asOf or knownAt (problem+json)")
    public Response list(@BeanParam @Valid FilterParams filter, @BeanParam @Valid PageParams page,
            @BeanParam TimeAxesParams time) {
        if (time.isNow()) {
            return endpoints.list(PaasPointService.KIND, PaasMapper::toResponse, filter.toFilter(), page, uri);
        }
        LocalDate asOf = time.asOf();
        Instant knownAt = time.knownAt();
        return timeline.page(filter.toFilter(), asOf, knownAt, page)
                .map(then -> PaasMapper.toResponse(then.point(), asOf, knownAt, then.usage(), then.status()))
                .toResponse(uri);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPaasPoint", summary = "One PAAS point, now or as it stood on a date as recorded by a moment (status and cumulative usage then)",
            description = "asOf: the status whose since, and the newest revision of the report whose period end, is the "
                    + "latest on or before the date (status null and usage 0 when there was none yet). knownAt: only "
                    + "status changes and report revisions recorded by then count.")
    @APIResponse(responseCode = "200", description = "The point, with its ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaasPointResponse.class)))
    @APIResponse(responseCode = "400", description = "asOf is not a date, or knownAt neither an instant nor a date")
    @APIResponse(responseCode = "404", description = "No PAAS point has this id (or none was recorded by knownAt)")
    public Response get(@PathParam("id") String id, @BeanParam TimeAxesParams time) {
        if (time.isNow()) {
            return endpoints.get(PaasPointService.KIND, id, PaasMapper::toResponse);
        }
        PaasTimeline.AsOf then = timeline.one(id, time.asOf(), time.knownAt());
        return Responses.ok(PaasMapper.toResponse(then.point(), time.asOf(), time.knownAt(), then.usage(),
                then.status()), then.point().version);
    }

    @POST
    @Operation(operationId = "createPaasPoint", summary = "Register a PAAS point (its community comes from the territory register)")
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaasPointResponse.class)))
    @APIResponse(responseCode = "422", description = "Unknown municipality, a closed point without reason, or Idempotency-Key reused")
    public Response create(@Valid @NotNull PaasPointRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return endpoints.create(PaasPointService.KIND, request, idempotencyKey, uri, PaasMapper::toResponse);
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "replacePaasPoint", summary = "Replace a PAAS point; a new status goes into its status history")
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaasPointResponse.class)))
    @APIResponse(responseCode = "404", description = "No PAAS point has this id")
    @APIResponse(responseCode = "422", description = "Unknown municipality, closed without reason, or usage reported after the closing date")
    public Response replace(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PaasPointRequest request) {
        return endpoints.replace(PaasPointService.KIND, id, ifMatch, request, PaasMapper::toResponse);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "updatePaasPoint", summary = "Change some fields of a PAAS point, e.g. close it (JSON merge patch)")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaasPointResponse.class)))
    @APIResponse(responseCode = "400", description = "The result has invalid fields (problem+json naming each)")
    @APIResponse(responseCode = "404", description = "No PAAS point has this id")
    @APIResponse(responseCode = "422", description = "A rule broken")
    public Response patch(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull JsonNode patch) throws JsonProcessingException {
        return endpoints.patch(PaasPointService.KIND, id, ifMatch, patch, PaasMapper::toRequest, PaasPointRequest.class,
                PaasMapper::toResponse);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deletePaasPoint", summary = "Delete a PAAS point; its deleted event carries the last state")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No PAAS point has this id")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return endpoints.delete(PaasPointService.KIND, id, ifMatch);
    }

    @GET
    @Path("/{id}/status-history")
    @Operation(operationId = "getPaasPointStatusHistory", summary = "The statuses a PAAS point has had, oldest first",
            description = "Each with the day it took effect and when it was recorded; asOf keeps those taking effect "
                    + "by that date, knownAt those recorded by then.")
    @APIResponse(responseCode = "200", description = "The status history")
    @APIResponse(responseCode = "400", description = "asOf is not a date, or knownAt neither an instant nor a date")
    @APIResponse(responseCode = "404", description = "No PAAS point has this id")
    public List<StatusChangeResponse> statusHistory(@PathParam("id") String id, @BeanParam TimeAxesParams time) {
        return paas.statusHistory(id, time.asOf(), time.knownAt()).stream().map(PaasMapper::toResponse).toList();
    }

    @POST
    @Path("/{id}/usage-reports")
    @Operation(operationId = "createPaasUsageReport", summary = "Append a usage report (cumulative users and accesses at the end of a period)")
    @APIResponse(responseCode = "201", description = "Stored; the point's event carries the new figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UsageReportResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, e.g. a negative count (problem+json naming each)")
    @APIResponse(responseCode = "404", description = "No PAAS point has this id")
    @APIResponse(responseCode = "409", description = "The period is already reported; send a correction")
    @APIResponse(responseCode = "422", description = "Period ending before it starts or after the point closed, a lowered figure not marked as correction")
    public Response report(@PathParam("id") String id, @Valid @NotNull UsageReportRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return idempotentRequests.execute(idempotencyKey, "POST " + uri.getPath(), request, () -> {
            PaasUsageReport report = paas.report(id, request);
            return Response.created(PublicUrls.of(uri.getAbsolutePathBuilder().path(report.id).build()))
                    .entity(PaasMapper.toResponse(report)).build();
        });
    }

    @GET
    @Path("/{id}/usage-reports")
    @Produces({ MediaType.APPLICATION_JSON, Responses.CSV })
    @Operation(operationId = "listPaasUsageReports", summary = "Every usage report of a PAAS point, corrections included (JSON or CSV)",
            description = "asOf keeps the reports for periods ended by that date, knownAt those recorded by then.")
    @APIResponse(responseCode = "200", description = "One page of reports, by period then revision",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UsageReportResponse.class)),
                        @Content(mediaType = Responses.CSV) },
            extensions = @Extension(name = PagedResponses.EXTENSION, value = "true"))
    @APIResponse(responseCode = "400", description = "asOf is not a date, or knownAt neither an instant nor a date")
    @APIResponse(responseCode = "404", description = "No PAAS point has this id")
    public Response reports(@PathParam("id") String id, @BeanParam TimeAxesParams time,
            @BeanParam @Valid PageParams page) {
        return paas.reports(id, time.asOf(), time.knownAt(), page).map(PaasMapper::toResponse).toResponse(uri);
    }

    @GET
    @Path("/{id}/usage-reports/{reportId}")
    @Operation(operationId = "getPaasUsageReport", summary = "One usage report")
    @APIResponse(responseCode = "200", description = "The report")
    @APIResponse(responseCode = "404", description = "No such report for this point")
    public UsageReportResponse reportById(@PathParam("id") String id, @PathParam("reportId") String reportId) {
        return PaasMapper.toResponse(paas.report(id, reportId));
    }
}

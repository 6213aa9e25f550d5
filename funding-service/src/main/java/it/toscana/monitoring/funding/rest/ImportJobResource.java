package it.toscana.monitoring.funding.rest;

import java.net.URI;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import it.toscana.monitoring.funding.api.ImportJobResponse;
import it.toscana.monitoring.funding.domain.ImportJob;
import it.toscana.monitoring.platform.openapi.PagedResponses;
import it.toscana.monitoring.platform.rest.PageCsvWriter;
import it.toscana.monitoring.platform.rest.PageParams;
import it.toscana.monitoring.platform.rest.PublicUrls;
import it.toscana.monitoring.platform.rest.QueryValues;
import it.toscana.monitoring.funding.service.ImportJobService;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

@Path(ImportJobResource.PATH)
@Tag(name = "Import jobs")
@Produces(MediaType.APPLICATION_JSON)
public class ImportJobResource {

    static final String PATH = "/api/v1/import-jobs";

    @Inject
    ImportJobService jobs;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, PageCsvWriter.TEXT_CSV })
    @Operation(operationId = "listImportJobs", summary = "Import jobs, newest first unless sorted otherwise, by state and start (JSON or CSV)",
            description = "The ERP's view of its imports: which are still running, which finished, with their counts. Sortable by"
                    + " createdAt, finishedAt, state and kind.")
    @APIResponse(responseCode = "200", description = "One page of import jobs, with Link headers",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobResponse.class)),
                        @Content(mediaType = PageCsvWriter.TEXT_CSV) },
            extensions = @Extension(name = PagedResponses.EXTENSION, value = "true"))
    @APIResponse(responseCode = "400", description = "Invalid paging or sort, an unknown status, or a since that is not an instant or date")
    public Response list(
            @QueryParam("status") @Parameter(description = "Only jobs in this state",
                    schema = @Schema(implementation = ImportJob.State.class)) String status,
            @QueryParam("since") @Parameter(description = "Only jobs started at or after this ISO-8601 instant, or the start of"
                    + " this date in Italy", example = "2026-11-28T06:00:00Z") String since,
            @BeanParam @Valid PageParams page, @Context UriInfo uri) {
        return jobs.list(QueryValues.enumValue("status", status, ImportJob.State.class),
                QueryValues.instantOrStartOfDay("since", since), page.sortedByDefault("-createdAt")).map(ImportJobResponse::of)
                .toResponse(uri);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getImportJob", summary = "Progress of a large import: counts processed, succeeded and failed, and the refused items")
    @APIResponse(responseCode = "200", description = "The job")
    @APIResponse(responseCode = "404", description = "No job has this id")
    public ImportJobResponse get(@PathParam("id") UUID id) {
        return ImportJobResponse.of(jobs.get(id));
    }

    /** 202 naming the job resource, the answer to every import-job POST. */
    static Response accepted(ImportJob job) {
        return Response.accepted(ImportJobResponse.of(job)).location(PublicUrls.of(URI.create(PATH + "/" + job.id)))
                .build();
    }
}

package it.toscana.monitoring.funding.rest;

import java.net.URI;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import it.toscana.monitoring.funding.domain.ImportJob;
import it.toscana.monitoring.platform.rest.PublicUrls;
import it.toscana.monitoring.funding.service.ImportJobService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path(ImportJobResource.PATH)
@Tag(name = "Import jobs")
@Produces(MediaType.APPLICATION_JSON)
public class ImportJobResource {

    static final String PATH = "/api/v1/import-jobs";

    @Inject
    ImportJobService jobs;

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

package it.toscana.monitoring.funding.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import it.toscana.monitoring.funding.domain.ImportJob;
import it.toscana.monitoring.platform.rest.BulkResult;

public record ImportJobResponse(UUID id, String kind, ImportJob.State state, int total, int processed, int succeeded,
        int failed, List<BulkResult.Item> failures, String error, Instant createdAt, Instant finishedAt) {

    public static ImportJobResponse of(ImportJob job) {
        return new ImportJobResponse(job.id, job.kind, job.state, job.total, job.processed, job.succeeded, job.failed,
                job.failures, job.error, job.createdAt, job.finishedAt);
    }
}

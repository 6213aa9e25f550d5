package it.toscana.monitoring.events.funding;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import it.toscana.monitoring.events.VersionedById;

/**
 * An ERP import job as it finished: published once, when it is done or has failed, so that the ERP can
 * be told through a webhook subscription instead of polling the job. Version 1: the job's state after
 * the one it was created in.
 */
public record ImportJobState(String id, String kind, Outcome outcome, int total, int processed, int succeeded,
        int failed, String error, Instant createdAt, Instant finishedAt, long version) implements VersionedById {

    /** How the job ended. */
    @Schema(name = "ImportJobOutcome", description = "How an import job ended")
    public enum Outcome {
        DONE, FAILED
    }
}

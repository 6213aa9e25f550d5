package it.toscana.monitoring.deployment.api;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

/** One version of a municipality's broadband facts: the state served then, or the deletion. */
public record BroadbandVersion(
        long version,
        @Schema(description = "When this system recorded the version (recording time)") Instant recordedAt,
        @Schema(description = "The date the version holds from (business time); null for a deletion, which "
                + "withdraws the record at every date") LocalDate since,
        boolean deleted,
        JsonNode state) {
}

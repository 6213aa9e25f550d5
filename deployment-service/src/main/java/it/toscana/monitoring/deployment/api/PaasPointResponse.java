package it.toscana.monitoring.deployment.api;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A PAAS point with its usage: the newest report's cumulative figures, or those as of the date
 * asked ({@code asOf}) as recorded by the moment asked ({@code knownAt}), and the status it had then.
 */
public record PaasPointResponse(
        String id,
        long version,
        Instant updatedAt,
        String communityCode,
        @Schema(description = "The business date asked (?asOf=), null for the point as recorded") LocalDate asOf,
        @Schema(description = "The recording time asked (?knownAt=): only status changes and usage reports recorded "
                + "by then count; null for everything recorded") Instant knownAt,
        long registeredUsers,
        long accesses,
        boolean partial,
        LocalDate reportedUntil,
        @JsonUnwrapped PaasPointRequest fields) {
}

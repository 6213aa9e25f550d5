package it.toscana.monitoring.deployment.rest;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A PAAS point with its usage: the newest report's cumulative figures, or those as of the date
 * asked ({@code asOf}), and the status it had then.
 */
public record PaasPointResponse(
        String id,
        long version,
        Instant updatedAt,
        String communityCode,
        LocalDate asOf,
        long registeredUsers,
        long accesses,
        boolean partial,
        LocalDate reportedUntil,
        @JsonUnwrapped PaasPointRequest fields) {
}

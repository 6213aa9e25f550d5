package it.toscana.monitoring.deployment.rest;

import java.time.Instant;
import java.time.LocalDate;

import it.toscana.monitoring.events.deployment.PaasPointState;

/** One entry of a PAAS point's status history. */
public record StatusChangeResponse(PaasPointState.Status status, PaasPointState.ClosureReason closureReason,
        LocalDate since, Instant recordedAt) {
}

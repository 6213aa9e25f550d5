package it.toscana.monitoring.deployment.api;

import java.time.Instant;
import java.time.LocalDate;

import it.toscana.monitoring.events.DateSource;
import it.toscana.monitoring.events.deployment.PaasPointState;

/** One entry of a PAAS point's status history: held from {@code since} (as {@code sinceSource} says), recorded at {@code recordedAt}. */
public record StatusChangeResponse(PaasPointState.Status status, PaasPointState.ClosureReason closureReason,
        LocalDate since, DateSource sinceSource, Instant recordedAt) {
}

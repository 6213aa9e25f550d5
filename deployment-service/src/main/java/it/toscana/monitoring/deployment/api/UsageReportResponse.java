package it.toscana.monitoring.deployment.api;

import java.time.Instant;
import java.time.LocalDate;

import it.toscana.monitoring.events.SourceReference;

/** One stored usage report; {@code revision} counts the corrections of its period (1 = first report). */
public record UsageReportResponse(
        String id,
        String pointId,
        LocalDate periodStart,
        LocalDate periodEnd,
        long registeredUsers,
        long accesses,
        boolean partial,
        boolean correction,
        int revision,
        Instant recordedAt,
        String notes,
        SourceReference source) {
}

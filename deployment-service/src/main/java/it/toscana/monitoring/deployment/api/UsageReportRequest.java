package it.toscana.monitoring.deployment.api;

import java.time.LocalDate;

import it.toscana.monitoring.events.SourceReference;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Cumulative registered users and accesses of a PAAS point at the end of a period. {@code partial}:
 * the point reported only part of the period. {@code correction}: replaces the report already
 * given for the same period (the only way to lower a figure).
 */
public record UsageReportRequest(
        @NotNull LocalDate periodStart,
        @NotNull LocalDate periodEnd,
        @NotNull @PositiveOrZero Long registeredUsers,
        @NotNull @PositiveOrZero Long accesses,
        boolean partial,
        boolean correction,
        @Size(max = 4000) String notes,
        SourceReference source) {
}

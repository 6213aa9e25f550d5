package it.toscana.monitoring.deployment.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Usage reports of many PAAS points for one period; each item is stored or refused on its own. */
public record UsageReportBulkRequest(
        @NotNull LocalDate periodStart,
        @NotNull LocalDate periodEnd,
        @Schema(required = true, minItems = 1) List<Item> items) {

    public record Item(
            @NotNull @Pattern(regexp = "[0-9a-f-]{36}", message = "must be a PAAS point id") String pointId,
            @NotNull @PositiveOrZero Long registeredUsers,
            @NotNull @PositiveOrZero Long accesses,
            boolean partial,
            boolean correction,
            @Size(max = 4000) String notes) {
    }
}

package it.toscana.monitoring.deployment.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The optical-fibre (RTRT-3) extension of a connection: possible, planned for a year, or active. */
public record FibreExtension(
        @NotNull FibreStatus status,
        @Min(2000) @Max(2100) Integer year,
        @Size(max = 1000) String note) {

    public enum FibreStatus {
        POSSIBLE, PLANNED, ACTIVE
    }
}

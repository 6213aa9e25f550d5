package it.toscana.monitoring.deployment.rest;

import it.toscana.monitoring.events.SourceReference;
import it.toscana.monitoring.events.deployment.ForeGovAdhesionState;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** One entity's FORe-gov adhesion, with its managers and employees (trainees). */
public record ForeGovAdhesionRequest(
        @Pattern(regexp = Patterns.COMMUNITY_CODE, message = Patterns.COMMUNITY_CODE_MESSAGE) String communityCode,
        @Pattern(regexp = Patterns.ISTAT_CODE, message = Patterns.ISTAT_CODE_MESSAGE) String istatCode,
        @NotBlank @Size(max = 200) String entity,
        @NotNull ForeGovAdhesionState.Status status,
        @PositiveOrZero Integer managers,
        @PositiveOrZero Integer employees,
        @Size(max = 4000) String notes,
        SourceReference source) {
}

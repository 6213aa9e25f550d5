package it.toscana.monitoring.deployment.api;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import it.toscana.monitoring.events.DateSource;
import it.toscana.monitoring.events.SourceReference;
import it.toscana.monitoring.events.deployment.ForeGovAdhesionState;
import it.toscana.monitoring.platform.rest.Codes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** One entity's FORe-gov adhesion, with its managers and employees (trainees). */
public record ForeGovAdhesionRequest(
        @Pattern(regexp = Codes.COMMUNITY, message = Codes.COMMUNITY_MESSAGE) String communityCode,
        @Pattern(regexp = Codes.ISTAT, message = Codes.ISTAT_MESSAGE) String istatCode,
        @NotBlank @Size(max = 200) String entity,
        @NotNull ForeGovAdhesionState.Status status,
        @PositiveOrZero Integer managers,
        @PositiveOrZero Integer employees,
        @Size(max = 4000) String notes,
        SourceReference source,
        @Schema(description = DatedRequest.SINCE) LocalDate since,
        @Schema(description = DatedRequest.SINCE_SOURCE) DateSource sinceSource) implements DatedRequest {
}

package it.toscana.monitoring.deployment.api;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import it.toscana.monitoring.events.DateSource;
import it.toscana.monitoring.events.SourceReference;
import it.toscana.monitoring.events.deployment.VoipInstallationState;
import it.toscana.monitoring.platform.rest.Codes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** VoIP switchboards and terminals of one entity. */
public record VoipInstallationRequest(
        @Pattern(regexp = Codes.COMMUNITY, message = Codes.COMMUNITY_MESSAGE) String communityCode,
        @Pattern(regexp = Codes.ISTAT, message = Codes.ISTAT_MESSAGE) String istatCode,
        @NotBlank @Size(max = 200) String entity,
        @NotNull VoipInstallationState.Status status,
        @PositiveOrZero Integer switchboards,
        @PositiveOrZero Integer terminals,
        boolean terminalsApproximate,
        @Size(max = 200) String phase,
        @Size(max = 4000) String notes,
        SourceReference source,
        @Schema(description = DatedRequest.SINCE) LocalDate since,
        @Schema(description = DatedRequest.SINCE_SOURCE) DateSource sinceSource) implements DatedRequest {
}

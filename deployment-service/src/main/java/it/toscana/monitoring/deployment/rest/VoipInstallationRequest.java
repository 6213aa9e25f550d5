package it.toscana.monitoring.deployment.rest;

import it.toscana.monitoring.events.SourceReference;
import it.toscana.monitoring.events.deployment.VoipInstallationState;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** VoIP switchboards and terminals of one entity. */
public record VoipInstallationRequest(
        @Pattern(regexp = Patterns.COMMUNITY_CODE, message = Patterns.COMMUNITY_CODE_MESSAGE) String communityCode,
        @Pattern(regexp = Patterns.ISTAT_CODE, message = Patterns.ISTAT_CODE_MESSAGE) String istatCode,
        @NotBlank @Size(max = 200) String entity,
        @NotNull VoipInstallationState.Status status,
        @PositiveOrZero Integer switchboards,
        @PositiveOrZero Integer terminals,
        boolean terminalsApproximate,
        @Size(max = 200) String phase,
        @Size(max = 4000) String notes,
        SourceReference source) {
}

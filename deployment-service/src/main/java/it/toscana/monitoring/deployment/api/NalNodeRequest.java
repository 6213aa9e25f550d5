package it.toscana.monitoring.deployment.api;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import it.toscana.monitoring.deployment.domain.EntityType;
import it.toscana.monitoring.events.DateSource;
import it.toscana.monitoring.events.SourceReference;
import it.toscana.monitoring.events.deployment.BroadbandState.RolloutStatus;
import it.toscana.monitoring.platform.rest.Codes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A NAL node: the entity that hosts it ({@code istatCode} when a municipality hosts it) and the
 * entities that use it. {@code communityCode} is the community whose entities it serves; when
 * omitted it is the hosting municipality's community.
 */
public record NalNodeRequest(
        @Pattern(regexp = Codes.COMMUNITY, message = Codes.COMMUNITY_MESSAGE) String communityCode,
        @Pattern(regexp = Codes.ISTAT, message = Codes.ISTAT_MESSAGE) String istatCode,
        @NotBlank @Size(max = 200) String hostEntity,
        @NotNull EntityType hostEntityType,
        @Size(max = 500) List<@NotBlank @Size(max = 200) String> userEntities,
        @NotNull RolloutStatus status,
        boolean uncertain,
        @Size(max = 4000) String notes,
        SourceReference source,
        @Schema(description = DatedRequest.SINCE) LocalDate since,
        @Schema(description = DatedRequest.SINCE_SOURCE) DateSource sinceSource) implements DatedRequest {
}

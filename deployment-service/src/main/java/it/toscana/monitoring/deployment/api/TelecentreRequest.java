package it.toscana.monitoring.deployment.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import it.toscana.monitoring.events.DateSource;
import it.toscana.monitoring.events.SourceReference;
import it.toscana.monitoring.events.deployment.TelecentreState;
import it.toscana.monitoring.platform.rest.Codes;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** One phase of a telecentre. */
public record TelecentreRequest(
        @Pattern(regexp = Codes.COMMUNITY, message = Codes.COMMUNITY_MESSAGE) String communityCode,
        @Pattern(regexp = Codes.ISTAT, message = Codes.ISTAT_MESSAGE) String istatCode,
        @Size(max = 20) String phase,
        @NotNull TelecentreState.Status status,
        @Size(max = 500) String location,
        @Size(max = 200) String managedBy,
        @PositiveOrZero Integer workstations,
        @PositiveOrZero Integer teacherWorkstations,
        @PositiveOrZero Integer jobsCreated,
        @PositiveOrZero Integer jobsTarget,
        @DecimalMin("0.00") @Digits(integer = 13, fraction = 2) BigDecimal regionalFunding,
        @DecimalMin("0.00") @Digits(integer = 13, fraction = 2) BigDecimal totalProjectCost,
        @Size(max = 100) String completionTarget,
        @Size(max = 4000) String notes,
        SourceReference source,
        @Schema(description = DatedRequest.SINCE) LocalDate since,
        @Schema(description = DatedRequest.SINCE_SOURCE) DateSource sinceSource) implements DatedRequest {
}

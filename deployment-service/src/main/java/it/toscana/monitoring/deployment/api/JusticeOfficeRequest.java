package it.toscana.monitoring.deployment.api;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import it.toscana.monitoring.events.DateSource;
import it.toscana.monitoring.events.SourceReference;
import it.toscana.monitoring.events.deployment.JusticeOfficeState;
import it.toscana.monitoring.platform.rest.Codes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** A judicial office on the online registry; {@code activation} keeps the printed precision (2004, 2009-03, 2008-06-20). */
public record JusticeOfficeRequest(
        @Pattern(regexp = Codes.COMMUNITY, message = Codes.COMMUNITY_MESSAGE) String communityCode,
        @Pattern(regexp = Codes.ISTAT, message = Codes.ISTAT_MESSAGE) String istatCode,
        @NotBlank @Size(max = 200) String office,
        @NotNull JusticeOfficeState.Status status,
        @Pattern(regexp = "\\d{4}(-\\d{2}(-\\d{2})?)?", message = "must be YYYY, YYYY-MM or YYYY-MM-DD") String activation,
        @PositiveOrZero Integer magistrates,
        @PositiveOrZero Integer lawyers,
        @PositiveOrZero Long accesses,
        LocalDate accessesSince,
        @Size(max = 500) String target,
        @Size(max = 4000) String notes,
        SourceReference source,
        @Schema(description = DatedRequest.SINCE) LocalDate since,
        @Schema(description = DatedRequest.SINCE_SOURCE) DateSource sinceSource) implements DatedRequest {
}

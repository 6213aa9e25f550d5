package it.toscana.monitoring.deployment.rest;

import java.time.LocalDate;
import java.util.List;

import it.toscana.monitoring.events.SourceReference;
import it.toscana.monitoring.events.deployment.PaasPointState;
import it.toscana.monitoring.platform.rest.Codes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A PAAS point. {@code statusSince} is the day the status took effect (default: the closing day
 * for a closed point, else today); {@code associationCount} keeps a printed count when the
 * associations are not named. Usage figures are written as usage reports, not here.
 */
public record PaasPointRequest(
        @NotNull @Pattern(regexp = Codes.ISTAT, message = Codes.ISTAT_MESSAGE) String istatCode,
        @Size(max = 200) String name,
        PaasPointState.SiteType siteType,
        @Size(max = 500) String siteDescription,
        @Size(max = 100) List<@NotBlank @Size(max = 200) String> associations,
        @PositiveOrZero Integer associationCount,
        @NotNull PaasPointState.Status status,
        PaasPointState.ClosureReason closureReason,
        LocalDate closedOn,
        LocalDate statusSince,
        @Size(max = 4000) String notes,
        SourceReference source) {
}

package it.toscana.monitoring.deployment.api;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import it.toscana.monitoring.events.DateSource;
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
 * for a closed point, else the day it is recorded), {@code statusSinceSource} where that day comes from;
 * {@code associationCount} keeps a printed count when the associations are not named. Usage figures are written as usage reports, not here.
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
        @Schema(description = "Where `statusSince` comes from. STATED (the default when `statusSince` is sent, "
                + "and for a closed point's `closedOn`): the day the status took effect. DOCUMENT_DATE: the document "
                + "prints no such day, `statusSince` is the document's date. RECORDING_DATE (shown when no day was "
                + "given): the status holds from the day it was recorded. The current `statusSince` sent with "
                + "another source relabels it.")
        DateSource statusSinceSource,
        @Size(max = 4000) String notes,
        SourceReference source) {
}

package it.toscana.monitoring.deployment.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import it.toscana.monitoring.deployment.domain.Broadband;
import it.toscana.monitoring.deployment.domain.FibreExtension;
import it.toscana.monitoring.deployment.domain.HospitalLink;
import it.toscana.monitoring.deployment.domain.PaConnection;
import it.toscana.monitoring.events.DateSource;
import it.toscana.monitoring.events.SourceReference;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Broadband facts of one municipality. {@code istatCode} (the path's) and {@code communityCode}
 * (resolved from the territory register) are shown in responses and ignored when sent.
 */
public record BroadbandRequest(
        String istatCode,
        String communityCode,
        @Valid PaConnection paConnection,
        @Valid FibreExtension fibreRtrt3,
        Broadband.Coverage coverage,
        @Min(2000) @Max(2100) Integer coverageTargetYear,
        @Min(1) @Max(3) Integer digitalDivideLevel,
        @Size(max = 100) List<@NotBlank @Size(max = 200) String> zonesServed,
        @PositiveOrZero Integer unservableUsers,
        @Size(max = 50) List<@Valid HospitalLink> hospitalLinks,
        @DecimalMin("0.00") @Digits(integer = 13, fraction = 2) BigDecimal investmentLocalConnection,
        @DecimalMin("0.00") @Digits(integer = 13, fraction = 2) BigDecimal investmentSharedInfrastructure,
        @Size(max = 4000) String notes,
        SourceReference source,
        @Schema(description = DatedRequest.SINCE) LocalDate since,
        @Schema(description = DatedRequest.SINCE_SOURCE) DateSource sinceSource) implements DatedRequest {
}

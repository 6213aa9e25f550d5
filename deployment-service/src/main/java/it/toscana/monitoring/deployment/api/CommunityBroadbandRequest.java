package it.toscana.monitoring.deployment.api;

import java.math.BigDecimal;

import it.toscana.monitoring.deployment.domain.FibreExtension;
import it.toscana.monitoring.deployment.domain.PaConnection;
import it.toscana.monitoring.events.SourceReference;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;

/**
 * The community seat's connection and the regional broadband investment split of one community.
 * {@code communityCode} (the path's) is shown in responses and ignored when sent.
 */
public record CommunityBroadbandRequest(
        String communityCode,
        @Valid PaConnection paConnection,
        @Valid FibreExtension fibreRtrt3,
        @DecimalMin("0.00") @Digits(integer = 13, fraction = 2) BigDecimal paInvestment,
        @Size(max = 200) String paInvestmentPeriod,
        @DecimalMin("0.00") @Digits(integer = 13, fraction = 2) BigDecimal investmentLocalConnection,
        @DecimalMin("0.00") @Digits(integer = 13, fraction = 2) BigDecimal investmentSharedInfrastructure,
        @DecimalMin("0.00") @Digits(integer = 13, fraction = 2) BigDecimal alreadyPaidBefore,
        @Size(max = 100) String alreadyPaidBeforePeriod,
        @DecimalMin("0.00") @Digits(integer = 13, fraction = 2) BigDecimal citizensInvestment,
        @DecimalMin("0.00") @Digits(integer = 13, fraction = 2) BigDecimal totalInvestment,
        @DecimalMin("0.00") @Digits(integer = 13, fraction = 2) BigDecimal additionalFibrePerMunicipality,
        @Size(max = 500) String additionalFibreCondition,
        @Size(max = 4000) String notes,
        SourceReference source) {
}

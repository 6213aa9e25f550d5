package it.toscana.monitoring.events.deployment;

import java.math.BigDecimal;

import it.toscana.monitoring.events.SourceReference;
import it.toscana.monitoring.events.Versioned;

/**
 * Broadband facts kept per community rather than per municipality: the community seat's own
 * connection to RTRT and the regional investment split (local connection vs shared infrastructure).
 */
public record CommunityBroadbandState(
        String communityCode,
        BroadbandState.PaConnection paConnection,
        BigDecimal paInvestment,
        String paInvestmentPeriod,
        BigDecimal investmentLocalConnection,
        BigDecimal investmentSharedInfrastructure,
        BigDecimal alreadyPaidBefore,
        String alreadyPaidBeforePeriod,
        BigDecimal citizensInvestment,
        BigDecimal totalInvestment,
        BigDecimal additionalFibrePerMunicipality,
        String additionalFibreCondition,
        String notes,
        SourceReference source,
        long version) implements Versioned {

    @Override
    public String aggregateId() {
        return communityCode;
    }
}

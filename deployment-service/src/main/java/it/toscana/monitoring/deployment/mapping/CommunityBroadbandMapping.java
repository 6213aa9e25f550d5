package it.toscana.monitoring.deployment.mapping;

import it.toscana.monitoring.deployment.domain.CommunityBroadband;
import it.toscana.monitoring.deployment.rest.CommunityBroadbandRequest;
import it.toscana.monitoring.events.deployment.CommunityBroadbandState;

public final class CommunityBroadbandMapping {

    private CommunityBroadbandMapping() {
    }

    public static void apply(CommunityBroadbandRequest request, CommunityBroadband facts) {
        facts.communityCode = facts.id;
        facts.paConnection = request.paConnection();
        facts.fibreRtrt3 = request.fibreRtrt3();
        facts.status = request.paConnection() == null ? null : request.paConnection().status();
        facts.paInvestment = request.paInvestment();
        facts.paInvestmentPeriod = request.paInvestmentPeriod();
        facts.investmentLocalConnection = request.investmentLocalConnection();
        facts.investmentSharedInfrastructure = request.investmentSharedInfrastructure();
        facts.alreadyPaidBefore = request.alreadyPaidBefore();
        facts.alreadyPaidBeforePeriod = request.alreadyPaidBeforePeriod();
        facts.citizensInvestment = request.citizensInvestment();
        facts.totalInvestment = request.totalInvestment();
        facts.additionalFibrePerMunicipality = request.additionalFibrePerMunicipality();
        facts.additionalFibreCondition = request.additionalFibreCondition();
        Provenance.copy(request.notes(), request.source(), facts);
    }

    public static CommunityBroadbandRequest toRequest(CommunityBroadband facts) {
        return new CommunityBroadbandRequest(facts.communityCode, facts.paConnection, facts.fibreRtrt3, facts.paInvestment,
                facts.paInvestmentPeriod, facts.investmentLocalConnection, facts.investmentSharedInfrastructure,
                facts.alreadyPaidBefore, facts.alreadyPaidBeforePeriod, facts.citizensInvestment, facts.totalInvestment,
                facts.additionalFibrePerMunicipality, facts.additionalFibreCondition, facts.notes,
                Provenance.source(facts));
    }

    public static CommunityBroadbandState toState(CommunityBroadband facts, long version) {
        return new CommunityBroadbandState(facts.communityCode,
                BroadbandMapping.eventConnection(facts.paConnection, facts.fibreRtrt3), facts.paInvestment,
                facts.paInvestmentPeriod, facts.investmentLocalConnection, facts.investmentSharedInfrastructure,
                facts.alreadyPaidBefore, facts.alreadyPaidBeforePeriod, facts.citizensInvestment, facts.totalInvestment,
                facts.additionalFibrePerMunicipality, facts.additionalFibreCondition, facts.notes,
                Provenance.source(facts), version);
    }
}

package it.toscana.monitoring.deployment.mapping;

import it.toscana.monitoring.deployment.api.CommunityBroadbandRequest;
import it.toscana.monitoring.deployment.domain.CommunityBroadband;
import it.toscana.monitoring.deployment.domain.FibreExtension;
import it.toscana.monitoring.deployment.domain.PaConnection;
import it.toscana.monitoring.events.deployment.BroadbandState;
import it.toscana.monitoring.events.deployment.CommunityBroadbandState;

public final class CommunityBroadbandMapper {

    private CommunityBroadbandMapper() {
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
                eventConnection(facts.paConnection, facts.fibreRtrt3), facts.paInvestment,
                facts.paInvestmentPeriod, facts.investmentLocalConnection, facts.investmentSharedInfrastructure,
                facts.alreadyPaidBefore, facts.alreadyPaidBeforePeriod, facts.citizensInvestment, facts.totalInvestment,
                facts.additionalFibrePerMunicipality, facts.additionalFibreCondition, facts.notes,
                Provenance.source(facts), version);
    }

    /**
     * The community-broadband event is still v1, with one connection and its narrower vocabulary: it gets
     * the best connection the seat has (active fibre, else the RTRT connection, else planned fibre) and no
     * technology when the booklet does not say cable or satellite.
     */
    private static BroadbandState.PaConnection eventConnection(PaConnection connection, FibreExtension fibre) {
        if (fibre != null && fibre.status() == FibreExtension.FibreStatus.ACTIVE) {
            return new BroadbandState.PaConnection(BroadbandState.Technology.RTRT3_FIBRE,
                    BroadbandState.RolloutStatus.ACTIVE, null);
        }
        if (connection != null && connection.status() != PaConnection.ConnectionStatus.NOT_CONNECTED) {
            return new BroadbandState.PaConnection(eventTechnology(connection.technology()),
                    BroadbandState.RolloutStatus.valueOf(connection.status().name()), connection.date());
        }
        if (fibre != null && fibre.status() == FibreExtension.FibreStatus.PLANNED) {
            return new BroadbandState.PaConnection(BroadbandState.Technology.RTRT3_FIBRE,
                    BroadbandState.RolloutStatus.PLANNED, null);
        }
        return null;
    }

    private static BroadbandState.Technology eventTechnology(PaConnection.ConnectionTechnology technology) {
        if (technology == null || technology == PaConnection.ConnectionTechnology.CABLE_OR_TIX_SATELLITE) {
            return null;
        }
        return BroadbandState.Technology.valueOf(technology.name());
    }
}

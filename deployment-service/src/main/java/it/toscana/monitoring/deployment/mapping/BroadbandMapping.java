package it.toscana.monitoring.deployment.mapping;

import java.util.List;

import it.toscana.monitoring.deployment.domain.Broadband;
import it.toscana.monitoring.deployment.domain.FibreExtension;
import it.toscana.monitoring.deployment.domain.HospitalLink;
import it.toscana.monitoring.deployment.domain.PaConnection;
import it.toscana.monitoring.deployment.rest.BroadbandRequest;
import it.toscana.monitoring.events.deployment.BroadbandState;

public final class BroadbandMapping {

    private BroadbandMapping() {
    }

    public static void apply(BroadbandRequest request, Broadband broadband) {
        broadband.istatCode = broadband.id;
        broadband.communityCode = null; // always the municipality's community, from the replica
        broadband.paConnection = request.paConnection();
        broadband.fibreRtrt3 = request.fibreRtrt3();
        broadband.coverage = request.coverage();
        broadband.coverageTargetYear = request.coverageTargetYear();
        broadband.digitalDivideLevel = request.digitalDivideLevel();
        broadband.zonesServed = request.zonesServed() == null ? List.of() : List.copyOf(request.zonesServed());
        broadband.unservableUsers = request.unservableUsers();
        broadband.hospitalLinks = request.hospitalLinks() == null ? List.of() : List.copyOf(request.hospitalLinks());
        broadband.investmentLocalConnection = request.investmentLocalConnection();
        broadband.investmentSharedInfrastructure = request.investmentSharedInfrastructure();
        Provenance.copy(request.notes(), request.source(), broadband);
    }

    public static BroadbandRequest toRequest(Broadband broadband) {
        return new BroadbandRequest(broadband.istatCode, broadband.communityCode, broadband.paConnection, broadband.fibreRtrt3,
                broadband.coverage, broadband.coverageTargetYear, broadband.digitalDivideLevel, broadband.zonesServed,
                broadband.unservableUsers, broadband.hospitalLinks, broadband.investmentLocalConnection,
                broadband.investmentSharedInfrastructure, broadband.notes, Provenance.source(broadband));
    }

    /**
     * The v1 event has one connection and a narrower vocabulary: it gets the best connection the
     * municipality has (active fibre, else the RTRT connection, else planned fibre), no
     * technology when the booklet does not say cable or satellite, and NOT_COVERED for a
     * municipality outside the intervention.
     */
    public static BroadbandState toState(Broadband broadband, long version) {
        return new BroadbandState(broadband.istatCode, broadband.communityCode,
                eventConnection(broadband.paConnection, broadband.fibreRtrt3),
                broadband.hospitalLinks.stream().map(BroadbandMapping::eventLink).toList(),
                eventCoverage(broadband.coverage), broadband.coverageTargetYear, broadband.zonesServed,
                broadband.unservableUsers, broadband.investmentLocalConnection,
                broadband.investmentSharedInfrastructure, broadband.notes, Provenance.source(broadband), version);
    }

    static BroadbandState.PaConnection eventConnection(PaConnection connection, FibreExtension fibre) {
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

    private static BroadbandState.Coverage eventCoverage(Broadband.Coverage coverage) {
        if (coverage == null) {
            return null;
        }
        return coverage == Broadband.Coverage.NOT_IN_INTERVENTION ? BroadbandState.Coverage.NOT_COVERED
                : BroadbandState.Coverage.valueOf(coverage.name());
    }

    private static BroadbandState.HospitalLink eventLink(HospitalLink link) {
        String bandwidth = ">= " + link.minSpeedMbps() + " Mbit/s" + (link.link() == null ? "" : " " + link.link());
        return new BroadbandState.HospitalLink(link.hospital(), bandwidth, link.status());
    }
}

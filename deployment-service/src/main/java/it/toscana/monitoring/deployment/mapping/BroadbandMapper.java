package it.toscana.monitoring.deployment.mapping;

import java.util.List;

import it.toscana.monitoring.deployment.api.BroadbandRequest;
import it.toscana.monitoring.deployment.domain.Broadband;
import it.toscana.monitoring.deployment.domain.FibreExtension;
import it.toscana.monitoring.deployment.domain.HospitalLink;
import it.toscana.monitoring.deployment.domain.PaConnection;
import it.toscana.monitoring.events.deployment.BroadbandStateV2;
import it.toscana.monitoring.events.deployment.BroadbandStateV3;

public final class BroadbandMapper {

    private BroadbandMapper() {
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
                broadband.investmentSharedInfrastructure, broadband.notes, Provenance.source(broadband),
                broadband.resolvedSince(), broadband.sinceSource);
    }

    /** Every stored value as is (see {@link BroadbandStateV2} for what v1 could not carry) and the date it holds from. */
    public static BroadbandStateV3 toState(Broadband broadband, long version) {
        return new BroadbandStateV3(broadband.istatCode, broadband.communityCode,
                eventConnection(broadband.paConnection), eventFibre(broadband.fibreRtrt3),
                broadband.hospitalLinks.stream().map(BroadbandMapper::eventLink).toList(),
                broadband.coverage == null ? null : BroadbandStateV2.Coverage.valueOf(broadband.coverage.name()),
                broadband.coverageTargetYear, broadband.digitalDivideLevel, broadband.zonesServed,
                broadband.unservableUsers, broadband.investmentLocalConnection,
                broadband.investmentSharedInfrastructure, broadband.notes, Provenance.source(broadband),
                broadband.resolvedSince(), broadband.sinceSource, version);
    }

    private static BroadbandStateV2.PaConnection eventConnection(PaConnection connection) {
        if (connection == null) {
            return null;
        }
        return new BroadbandStateV2.PaConnection(connection.network(),
                connection.technology() == null ? null : BroadbandStateV2.Technology.valueOf(connection.technology().name()),
                BroadbandStateV2.ConnectionStatus.valueOf(connection.status().name()), connection.date());
    }

    private static BroadbandStateV2.FibreExtension eventFibre(FibreExtension fibre) {
        return fibre == null ? null
                : new BroadbandStateV2.FibreExtension(BroadbandStateV2.FibreStatus.valueOf(fibre.status().name()),
                        fibre.year(), fibre.note());
    }

    private static BroadbandStateV2.HospitalLink eventLink(HospitalLink link) {
        return new BroadbandStateV2.HospitalLink(link.hospital(), link.link(), link.minSpeedMbps(), link.status());
    }
}

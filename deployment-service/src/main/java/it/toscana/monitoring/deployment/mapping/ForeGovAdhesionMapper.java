package it.toscana.monitoring.deployment.mapping;

import it.toscana.monitoring.deployment.api.ForeGovAdhesionRequest;
import it.toscana.monitoring.deployment.domain.ForeGovAdhesion;
import it.toscana.monitoring.events.deployment.ForeGovAdhesionStateV2;

public final class ForeGovAdhesionMapper {

    private ForeGovAdhesionMapper() {
    }

    public static void apply(ForeGovAdhesionRequest request, ForeGovAdhesion adhesion) {
        adhesion.communityCode = request.communityCode();
        adhesion.istatCode = request.istatCode();
        adhesion.entity = request.entity().strip();
        adhesion.status = request.status();
        adhesion.managers = request.managers();
        adhesion.employees = request.employees();
        Provenance.copy(request.notes(), request.source(), adhesion);
    }

    public static ForeGovAdhesionRequest toRequest(ForeGovAdhesion adhesion) {
        return new ForeGovAdhesionRequest(adhesion.communityCode, adhesion.istatCode, adhesion.entity, adhesion.status,
                adhesion.managers, adhesion.employees, adhesion.notes, Provenance.source(adhesion),
                adhesion.resolvedSince(), adhesion.sinceSource);
    }

    public static ForeGovAdhesionStateV2 toState(ForeGovAdhesion adhesion, long version) {
        return new ForeGovAdhesionStateV2(adhesion.id, adhesion.communityCode, adhesion.istatCode, adhesion.entity,
                adhesion.status, adhesion.managers, adhesion.employees, adhesion.notes, Provenance.source(adhesion),
                adhesion.resolvedSince(), adhesion.sinceSource, version);
    }
}

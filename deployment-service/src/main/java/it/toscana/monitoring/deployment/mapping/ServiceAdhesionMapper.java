package it.toscana.monitoring.deployment.mapping;

import it.toscana.monitoring.deployment.api.ServiceAdhesionRequest;
import it.toscana.monitoring.deployment.domain.ServiceAdhesion;
import it.toscana.monitoring.events.deployment.ServiceAdhesionState;

public final class ServiceAdhesionMapper {

    private ServiceAdhesionMapper() {
    }

    public static void apply(ServiceAdhesionRequest request, ServiceAdhesion adhesion) {
        adhesion.communityCode = request.communityCode();
        adhesion.istatCode = request.istatCode();
        adhesion.entity = request.entity().strip();
        adhesion.service = request.service();
        adhesion.status = request.status();
        adhesion.staffTrained = request.staffTrained();
        Provenance.copy(request.notes(), request.source(), adhesion);
    }

    public static ServiceAdhesionRequest toRequest(ServiceAdhesion adhesion) {
        return new ServiceAdhesionRequest(adhesion.communityCode, adhesion.istatCode, adhesion.entity, adhesion.service,
                adhesion.status, adhesion.staffTrained, adhesion.notes, Provenance.source(adhesion), adhesion.resolvedSince(),
                adhesion.sinceSource);
    }

    public static ServiceAdhesionState toState(ServiceAdhesion adhesion, long version) {
        return new ServiceAdhesionState(adhesion.id, adhesion.communityCode, adhesion.istatCode, adhesion.entity,
                adhesion.service, adhesion.status, adhesion.staffTrained, adhesion.notes, Provenance.source(adhesion),
                adhesion.resolvedSince(), adhesion.sinceSource, version);
    }
}

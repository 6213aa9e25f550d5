package it.toscana.monitoring.deployment.mapping;

import it.toscana.monitoring.deployment.api.TelecentreRequest;
import it.toscana.monitoring.deployment.domain.Telecentre;
import it.toscana.monitoring.events.deployment.TelecentreStateV2;

public final class TelecentreMapper {

    private TelecentreMapper() {
    }

    public static void apply(TelecentreRequest request, Telecentre telecentre) {
        telecentre.communityCode = request.communityCode();
        telecentre.istatCode = request.istatCode();
        telecentre.phase = request.phase();
        telecentre.status = request.status();
        telecentre.location = request.location();
        telecentre.managedBy = request.managedBy();
        telecentre.workstations = request.workstations();
        telecentre.teacherWorkstations = request.teacherWorkstations();
        telecentre.jobsCreated = request.jobsCreated();
        telecentre.jobsTarget = request.jobsTarget();
        telecentre.regionalFunding = request.regionalFunding();
        telecentre.totalProjectCost = request.totalProjectCost();
        telecentre.completionTarget = request.completionTarget();
        Provenance.copy(request.notes(), request.source(), telecentre);
    }

    public static TelecentreRequest toRequest(Telecentre telecentre) {
        return new TelecentreRequest(telecentre.communityCode, telecentre.istatCode, telecentre.phase,
                telecentre.status, telecentre.location, telecentre.managedBy, telecentre.workstations,
                telecentre.teacherWorkstations, telecentre.jobsCreated, telecentre.jobsTarget,
                telecentre.regionalFunding, telecentre.totalProjectCost, telecentre.completionTarget, telecentre.notes,
                Provenance.source(telecentre), telecentre.resolvedSince(), telecentre.sinceSource);
    }

    public static TelecentreStateV2 toState(Telecentre telecentre, long version) {
        return new TelecentreStateV2(telecentre.id, telecentre.communityCode, telecentre.istatCode, telecentre.phase,
                telecentre.status, telecentre.location, telecentre.managedBy, telecentre.workstations,
                telecentre.teacherWorkstations, telecentre.jobsCreated, telecentre.jobsTarget,
                telecentre.regionalFunding, telecentre.totalProjectCost, telecentre.completionTarget, telecentre.notes,
                Provenance.source(telecentre), telecentre.resolvedSince(), telecentre.sinceSource, version);
    }
}

package it.toscana.monitoring.deployment.mapping;

import it.toscana.monitoring.deployment.api.VoipInstallationRequest;
import it.toscana.monitoring.deployment.domain.VoipInstallation;
import it.toscana.monitoring.events.deployment.VoipInstallationStateV2;

public final class VoipInstallationMapper {

    private VoipInstallationMapper() {
    }

    public static void apply(VoipInstallationRequest request, VoipInstallation voip) {
        voip.communityCode = request.communityCode();
        voip.istatCode = request.istatCode();
        voip.entity = request.entity().strip();
        voip.status = request.status();
        voip.switchboards = request.switchboards();
        voip.terminals = request.terminals();
        voip.terminalsApproximate = request.terminalsApproximate();
        voip.phase = request.phase();
        Provenance.copy(request.notes(), request.source(), voip);
    }

    public static VoipInstallationRequest toRequest(VoipInstallation voip) {
        return new VoipInstallationRequest(voip.communityCode, voip.istatCode, voip.entity, voip.status,
                voip.switchboards, voip.terminals, voip.terminalsApproximate, voip.phase, voip.notes,
                Provenance.source(voip), voip.resolvedSince(), voip.sinceSource);
    }

    public static VoipInstallationStateV2 toState(VoipInstallation voip, long version) {
        return new VoipInstallationStateV2(voip.id, voip.communityCode, voip.istatCode, voip.entity, voip.status,
                voip.switchboards, voip.terminals, voip.terminalsApproximate, voip.phase, voip.notes,
                Provenance.source(voip), voip.resolvedSince(), voip.sinceSource, version);
    }
}

package it.toscana.monitoring.deployment.mapping;

import java.util.List;

import it.toscana.monitoring.deployment.api.NalNodeRequest;
import it.toscana.monitoring.deployment.domain.NalNode;
import it.toscana.monitoring.events.deployment.NalNodeStateV2;

public final class NalNodeMapper {

    private NalNodeMapper() {
    }

    public static void apply(NalNodeRequest request, NalNode node) {
        node.communityCode = request.communityCode();
        node.istatCode = request.istatCode();
        node.hostEntity = request.hostEntity().strip();
        node.hostEntityType = request.hostEntityType();
        node.userEntities = request.userEntities() == null ? List.of() : List.copyOf(request.userEntities());
        node.status = request.status();
        node.uncertain = request.uncertain();
        Provenance.copy(request.notes(), request.source(), node);
    }

    public static NalNodeRequest toRequest(NalNode node) {
        return new NalNodeRequest(node.communityCode, node.istatCode, node.hostEntity, node.hostEntityType,
                node.userEntities, node.status, node.uncertain, node.notes, Provenance.source(node), node.resolvedSince(),
                node.sinceSource);
    }

    public static NalNodeStateV2 toState(NalNode node, long version) {
        return new NalNodeStateV2(node.id, node.communityCode, node.hostEntity, node.istatCode, node.userEntities,
                node.status, node.resolvedSince(), node.sinceSource, version);
    }
}

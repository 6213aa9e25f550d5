package it.toscana.monitoring.events.deployment;

import java.util.List;

import it.toscana.monitoring.events.VersionedById;

/**
 * A CART NAL (Nodo Applicativo Locale): the entity that hosts it and the entities that use it
 * (a community's node, the Province of Grosseto's, Comune di Piombino's…).
 */
public record NalNodeState(
        String id,
        String communityCode,
        String hostEntity,
        String hostIstatCode,
        List<String> userEntities,
        BroadbandState.RolloutStatus status,
        long version) implements VersionedById {
}

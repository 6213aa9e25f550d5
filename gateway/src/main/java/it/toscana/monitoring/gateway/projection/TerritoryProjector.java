package it.toscana.monitoring.gateway.projection;

import it.toscana.monitoring.events.CloudEvent;
import it.toscana.monitoring.events.EventJson;
import it.toscana.monitoring.events.territory.TerritoryEvents;
import it.toscana.monitoring.events.territory.CommunityState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;

/** Keeps the community replica in step with territory.events. */
@ApplicationScoped
public class TerritoryProjector {

    @Inject
    EntityManager entityManager;

    void apply(CloudEvent event) {
        switch (event.type()) {
            case TerritoryEvents.COMMUNITY_UPSERTED -> upsert(event);
            case TerritoryEvents.COMMUNITY_DELETED -> CommunityProjection.deleteById(event.subject());
            default -> {
                // a type this gateway does not project (yet): the event is still recorded as processed
            }
        }
    }

    void reset() {
        entityManager.createNativeQuery("TRUNCATE community_projection").executeUpdate();
    }

    private void upsert(CloudEvent event) {
        CommunityState state = EventJson.mapper().convertValue(event.data(), CommunityState.class);
        CommunityProjection community = CommunityProjection.findById(state.code());
        if (community == null) {
            community = new CommunityProjection();
            community.code = state.code();
        }
        community.name = state.name();
        community.kind = state.kind().name();
        community.version = state.version();
        community.lastEventTime = event.time();
        community.persist();
    }
}

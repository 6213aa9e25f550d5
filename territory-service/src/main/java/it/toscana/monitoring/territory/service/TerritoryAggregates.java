package it.toscana.monitoring.territory.service;

import java.util.function.BiFunction;

import it.toscana.monitoring.events.Topics;
import it.toscana.monitoring.events.Versioned;
import it.toscana.monitoring.events.territory.TerritoryEvents;
import it.toscana.monitoring.platform.aggregate.Aggregate;
import it.toscana.monitoring.territory.domain.Community;
import it.toscana.monitoring.territory.domain.Membership;
import it.toscana.monitoring.territory.domain.Municipality;
import it.toscana.monitoring.territory.domain.Place;
import it.toscana.monitoring.territory.domain.VersionedEntity;
import it.toscana.monitoring.territory.mapping.CommunityMapper;
import it.toscana.monitoring.territory.mapping.MembershipMapper;
import it.toscana.monitoring.territory.mapping.MunicipalityMapper;
import it.toscana.monitoring.territory.mapping.PlaceMapper;

/** The register's aggregates, as the platform's writer publishes them on the territory topic. */
final class TerritoryAggregates {

    static final Aggregate<Community> COMMUNITY = of("community", TerritoryEvents.COMMUNITY_UPSERTED,
            TerritoryEvents.COMMUNITY_DELETED, CommunityMapper::toState);
    static final Aggregate<Municipality> MUNICIPALITY = of("municipality", TerritoryEvents.MUNICIPALITY_UPSERTED,
            TerritoryEvents.MUNICIPALITY_DELETED, MunicipalityMapper::toState);
    static final Aggregate<Membership> MEMBERSHIP = of("membership", TerritoryEvents.MEMBERSHIP_UPSERTED,
            TerritoryEvents.MEMBERSHIP_DELETED, MembershipMapper::toState);
    static final Aggregate<Place> PLACE = of("place", TerritoryEvents.PLACE_UPSERTED, TerritoryEvents.PLACE_DELETED,
            PlaceMapper::toState);

    private TerritoryAggregates() {
    }

    private static <E extends VersionedEntity> Aggregate<E> of(String label, String upserted, String deleted,
            BiFunction<E, Long, ? extends Versioned> state) {
        return new Aggregate<>(Topics.TERRITORY, label, upserted, deleted, entity -> entity.version, state);
    }
}

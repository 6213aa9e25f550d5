package it.toscana.monitoring.territory.mapping;

import java.util.List;

import it.toscana.monitoring.events.territory.CommunityState;
import it.toscana.monitoring.territory.api.CommunityRequest;
import it.toscana.monitoring.territory.api.CommunityResponse;
import it.toscana.monitoring.territory.domain.Community;

public final class CommunityMapper {

    private CommunityMapper() {
    }

    public static CommunityResponse toResponse(Community community) {
        return new CommunityResponse(community.code, community.name, community.kind, List.copyOf(community.provinces),
                community.legalBasis, community.homogeneousZone, community.notes, community.version);
    }

    /** The current state as a request, for a merge patch to apply onto. */
    public static CommunityRequest toRequest(Community community) {
        return new CommunityRequest(community.code, community.name, community.kind, List.copyOf(community.provinces),
                community.legalBasis, community.homogeneousZone, community.notes);
    }

    public static CommunityState toState(Community community) {
        return toState(community, community.version);
    }

    public static CommunityState toState(Community community, long version) {
        return new CommunityState(community.code, community.name, community.kind, List.copyOf(community.provinces),
                community.legalBasis, community.homogeneousZone, community.notes, version);
    }
}

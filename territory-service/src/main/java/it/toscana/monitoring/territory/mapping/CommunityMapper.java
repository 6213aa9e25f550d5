package it.toscana.monitoring.territory.mapping;

import java.util.List;

import it.toscana.monitoring.events.territory.CommunityState;
import it.toscana.monitoring.territory.domain.Community;
import it.toscana.monitoring.territory.rest.CommunityResponse;

public final class CommunityMapper {

    private CommunityMapper() {
    }

    public static CommunityResponse toResponse(Community community) {
        return new CommunityResponse(community.code, community.name, community.kind, community.version);
    }

    public static CommunityState toState(Community community) {
        return new CommunityState(community.code, community.name, community.kind, List.of(), null, null, null,
                community.version);
    }
}

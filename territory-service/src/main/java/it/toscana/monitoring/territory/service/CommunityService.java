package it.toscana.monitoring.territory.service;

import it.toscana.monitoring.events.territory.TerritoryEvents;
import it.toscana.monitoring.events.Topics;
import it.toscana.monitoring.platform.outbox.EventOutbox;
import it.toscana.monitoring.platform.problem.ProblemException;
import it.toscana.monitoring.territory.domain.Community;
import it.toscana.monitoring.territory.mapping.CommunityMapper;
import it.toscana.monitoring.territory.rest.CommunityRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class CommunityService {

    @Inject
    EventOutbox outbox;

    /** Stores the community and its event in one transaction. */
    @Transactional
    public Community create(CommunityRequest request) {
        if (Community.findById(request.code()) != null) {
            throw ProblemException.conflict("Community " + request.code() + " already exists.");
        }
        Community community = new Community();
        community.code = request.code();
        community.name = request.name().strip();
        community.kind = request.kind();
        community.persistAndFlush();
        outbox.publish(Topics.TERRITORY, TerritoryEvents.COMMUNITY_UPSERTED, CommunityMapper.toState(community));
        return community;
    }

    public Community get(String code) {
        return Community.<Community>findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("No community with code " + code + "."));
    }
}

package it.toscana.monitoring.territory.service;

import java.util.List;
import java.util.Set;

import it.toscana.monitoring.events.territory.CommunityKind;
import it.toscana.monitoring.platform.aggregate.AggregateWriter;
import it.toscana.monitoring.platform.aggregate.Upserted;
import it.toscana.monitoring.platform.problem.ProblemException;
import it.toscana.monitoring.platform.rest.Etags;
import it.toscana.monitoring.platform.rest.Page;
import it.toscana.monitoring.platform.rest.Conditions;
import it.toscana.monitoring.platform.rest.Listing;
import it.toscana.monitoring.platform.rest.PageParams;
import it.toscana.monitoring.territory.api.CommunityRequest;
import it.toscana.monitoring.territory.domain.Community;
import it.toscana.monitoring.territory.domain.Membership;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class CommunityService {

    private static final Listing LISTING = Listing.of(Set.of("code", "name", "kind"), "updatedAt", "code");

    @Inject
    AggregateWriter writer;

    @Inject
    EntityManager entityManager;

    public Page<Community> list(CommunityKind kind, String province, String nameContains, PageParams page) {
        Conditions where = new Conditions()
                .and("kind = :kind", "kind", kind)
                .and("array_contains(provinces, :province)", "province", province)
                .contains("name", nameContains);
        return LISTING.page(entityManager, Community.class, where, page);
    }

    public Community get(String code) {
        return find(code, LockModeType.NONE);
    }

    /** The community a write points at, held FOR SHARE so that it cannot be deleted before the writer commits. */
    Community referenced(String code) {
        return Community.<Community>findByIdOptional(code, LockModeType.PESSIMISTIC_READ)
                .orElseThrow(() -> Refusals.unknownReference("communityCode", "No community with code " + code + "."));
    }

    @Transactional
    public Community create(CommunityRequest request) {
        if (Community.findById(request.code()) != null) {
            throw ProblemException.conflict("Community " + request.code() + " already exists.");
        }
        return write(newCommunity(request.code()), request);
    }

    /** PUT: replaces the community, or creates it when the code is new. */
    @Transactional
    public Upserted<Community> replace(String code, CommunityRequest request, String ifMatch) {
        Refusals.requireSameKey("code", code, request.code());
        return writer.put(TerritoryAggregates.COMMUNITY, code, Community.findById(code, LockModeType.PESSIMISTIC_WRITE), ifMatch,
                () -> newCommunity(code), community -> write(community, request));
    }

    /** Merge patch: the patched request replaces an existing community. */
    @Transactional
    public Community update(String code, CommunityRequest request, String ifMatch) {
        Refusals.requireSameKey("code", code, request.code());
        return writer.replace(TerritoryAggregates.COMMUNITY, find(code, LockModeType.PESSIMISTIC_WRITE), ifMatch,
                community -> write(community, request));
    }

    /** Refused while any membership (current or past) names the community: history must stay whole. */
    @Transactional
    public void delete(String code, String ifMatch) {
        Community community = find(code, LockModeType.PESSIMISTIC_WRITE);
        Etags.checkIfMatch(ifMatch, community.version);
        long memberships = Membership.count("communityCode", code);
        if (memberships > 0) {
            throw ProblemException.conflict("Community " + code + " still has " + memberships
                    + " membership(s); end or delete them first.");
        }
        writer.delete(TerritoryAggregates.COMMUNITY, community, ifMatch);
    }

    private static Community newCommunity(String code) {
        Community community = new Community();
        community.code = code;
        return community;
    }

    private Community write(Community community, CommunityRequest request) {
        community.name = request.name().strip();
        community.kind = request.kind();
        community.provinces = request.provinces() == null ? List.of() : request.provinces().stream().distinct().toList();
        community.legalBasis = Texts.blankToNull(request.legalBasis());
        community.homogeneousZone = Texts.blankToNull(request.homogeneousZone());
        community.notes = Texts.blankToNull(request.notes());
        return writer.save(TerritoryAggregates.COMMUNITY, community);
    }

    private static Community find(String code, LockModeType lock) {
        return Community.<Community>findByIdOptional(code, lock)
                .orElseThrow(() -> ProblemException.notFound("No community with code " + code + "."));
    }
}

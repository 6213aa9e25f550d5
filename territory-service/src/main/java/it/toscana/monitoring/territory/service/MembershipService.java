package it.toscana.monitoring.territory.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import it.toscana.monitoring.platform.aggregate.AggregateWriter;
import it.toscana.monitoring.platform.aggregate.Upserted;
import it.toscana.monitoring.platform.problem.ProblemException;
import it.toscana.monitoring.platform.rest.Page;
import it.toscana.monitoring.platform.rest.Conditions;
import it.toscana.monitoring.platform.rest.Listing;
import it.toscana.monitoring.platform.rest.PageParams;
import it.toscana.monitoring.territory.api.MembershipRequest;
import it.toscana.monitoring.territory.domain.Community;
import it.toscana.monitoring.territory.domain.Membership;
import it.toscana.monitoring.territory.domain.Municipality;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * Memberships of municipalities in communities. A municipality belongs to at most one community on
 * any date: every write locks the municipality row first, so two concurrent writers cannot both
 * pass the overlap check.
 */
@ApplicationScoped
public class MembershipService {

    private static final Listing LISTING = Listing.of(
            Set.of("id", "istatCode", "communityCode", "validFrom", "validTo"), "updatedAt", "id");

    /** Members on one date: no two memberships of a municipality overlap, so the ISTAT code orders them fully. */
    private static final Listing MEMBERS = Listing.of(Set.of("istatCode", "validFrom", "validTo"), "updatedAt",
            "istatCode");

    /** A municipality that belongs to a community on a date, with the membership that makes it so. */
    public record Member(Membership membership, Municipality municipality) {
    }

    /** The community of a municipality on a date, with the membership that makes it so. */
    public record CommunityOnDate(Membership membership, Community community) {
    }

    @Inject
    AggregateWriter writer;

    @Inject
    EntityManager entityManager;

    @Inject
    CommunityService communities;

    @Inject
    MunicipalityService municipalities;

    public Page<Membership> list(String istatCode, String communityCode, LocalDate validOn, PageParams page) {
        Conditions where = new Conditions()
                .and("istatCode = :istatCode", "istatCode", istatCode)
                .and("communityCode = :communityCode", "communityCode", communityCode)
                .and(Membership.VALID_ON_DATE, "date", validOn);
        return LISTING.page(entityManager, Membership.class, where, page);
    }

    public Membership get(UUID id) {
        return find(id, LockModeType.NONE);
    }

    /** "Members of X on date D": one page of the municipalities that belong to the community on that date. */
    public Page<Member> members(String communityCode, LocalDate date, PageParams page) {
        communities.get(communityCode);
        Conditions where = new Conditions()
                .and("communityCode = :communityCode", "communityCode", communityCode)
                .and(Membership.VALID_ON_DATE, "date", date);
        Page<Membership> memberships = MEMBERS.page(entityManager, Membership.class, where, page);
        List<String> istatCodes = memberships.items().stream().map(membership -> membership.istatCode).toList();
        Map<String, Municipality> byCode = Municipality.<Municipality>list("istatCode in ?1", istatCodes).stream()
                .collect(Collectors.toMap(municipality -> municipality.istatCode, Function.identity()));
        return memberships.map(membership -> new Member(membership, byCode.get(membership.istatCode)));
    }

    /** "Community of municipality M on date D". */
    public CommunityOnDate communityOf(String istatCode, LocalDate date) {
        municipalities.get(istatCode);
        Membership membership = Membership.<Membership>find("istatCode = :istatCode and " + Membership.VALID_ON_DATE, Map.of("istatCode", istatCode, "date", date))
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(
                        "Municipality " + istatCode + " belongs to no community on " + date + "."));
        return new CommunityOnDate(membership, communities.get(membership.communityCode));
    }

    @Transactional
    public Membership create(MembershipRequest request) {
        Membership membership = new Membership();
        membership.id = UUID.randomUUID();
        return write(membership, request);
    }

    /** PUT and merge patch: replaces an existing membership (ids are generated, so PUT does not create). */
    @Transactional
    public Membership replace(UUID id, MembershipRequest request, String ifMatch) {
        return writer.replace(TerritoryAggregates.MEMBERSHIP, find(id, LockModeType.PESSIMISTIC_WRITE), ifMatch,
                membership -> write(membership, request));
    }

    /** Bulk: the membership of that municipality in that community from that date is created or its end changed. */
    @Transactional
    public Upserted<Membership> upsert(MembershipRequest request) {
        Membership existing = Membership.<Membership>find(
                "istatCode = ?1 and communityCode = ?2 and validFrom = ?3",
                request.istatCode(), request.communityCode(), request.validFrom())
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
        return existing == null ? new Upserted<>(create(request), true) : new Upserted<>(write(existing, request), false);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Membership membership = find(id, LockModeType.PESSIMISTIC_WRITE);
        writer.delete(TerritoryAggregates.MEMBERSHIP, membership, ifMatch);
    }

    private Membership write(Membership membership, MembershipRequest request) {
        if (request.validTo() != null && request.validTo().isBefore(request.validFrom())) {
            throw ProblemException.invalidField("validTo", "must not be before validFrom " + request.validFrom());
        }
        municipalities.referenced(request.istatCode(), LockModeType.PESSIMISTIC_WRITE);
        communities.referenced(request.communityCode());
        refuseOverlap(membership.id, request);
        membership.istatCode = request.istatCode();
        membership.communityCode = request.communityCode();
        membership.validFrom = request.validFrom();
        membership.validTo = request.validTo();
        return writer.save(TerritoryAggregates.MEMBERSHIP, membership);
    }

    /** Two periods overlap when each starts before the other ends (an open end never ends). */
    private static void refuseOverlap(UUID self, MembershipRequest request) {
        Conditions overlapping = new Conditions()
                .and("istatCode = :istatCode", "istatCode", request.istatCode())
                .and("id <> :self", "self", self)
                .and("(validTo is null or validTo >= :from)", "from", request.validFrom())
                .and("validFrom <= :to", "to", request.validTo());
        Membership other = Membership.<Membership>find(overlapping.condition(), overlapping.parameters()).firstResult();
        if (other != null) {
            throw ProblemException.conflict("Municipality " + request.istatCode() + " already belongs to "
                    + other.communityCode + " from " + other.validFrom
                    + (other.validTo == null ? "" : " until " + other.validTo) + " (membership " + other.id
                    + "); memberships of one municipality must not overlap.");
        }
    }

    private static Membership find(UUID id, LockModeType lock) {
        return Membership.<Membership>findByIdOptional(id, lock)
                .orElseThrow(() -> ProblemException.notFound("No membership with id " + id + "."));
    }
}

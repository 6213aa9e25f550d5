package it.toscana.monitoring.deployment.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import it.toscana.monitoring.platform.problem.Problem;
import it.toscana.monitoring.platform.problem.ProblemException;
import it.toscana.monitoring.platform.problem.ProblemType;
import it.toscana.monitoring.platform.rest.Conditions;
import it.toscana.monitoring.platform.territory.MembershipLocks;
import it.toscana.monitoring.platform.territory.TerritoryReplica;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Resolves communities and municipalities against the local territory replica (never a remote call). */
@ApplicationScoped
public class Locations {

    @Inject
    TerritoryReplica replica;

    @Inject
    MembershipLocks memberships;

    /**
     * The community to record with a fact: the one named, which must be known, or else the one
     * the municipality belonged to on that date. An unknown municipality is refused.
     */
    public String resolveCommunity(String namedCommunity, String istatCode, LocalDate date) {
        if (istatCode != null && replica.municipality(istatCode).isEmpty()) {
            throw unknown("istatCode", "No municipality with ISTAT code " + istatCode + " is known.");
        }
        if (namedCommunity != null) {
            if (replica.community(namedCommunity).isEmpty()) {
                throw unknown("communityCode", "No community with code " + namedCommunity + " is known.");
            }
            return namedCommunity;
        }
        if (istatCode == null) {
            throw unknown("communityCode", "Name the community (communityCode) or the municipality (istatCode).");
        }
        // A municipality not (yet) in any community on that date is kept without one, and resolved
        // when its membership arrives (MissingCommunities); the hold keeps the two from crossing.
        memberships.holdMemberships(istatCode);
        return replica.communityOf(istatCode, date).orElse(null);
    }

    /** The community the municipality is in today, if the replica knows its membership. */
    public Optional<String> communityToday(String istatCode) {
        return replica.communityOf(istatCode, LocalDate.now());
    }

    public List<String> membersOf(String communityCode, LocalDate date) {
        return replica.membersOf(communityCode, date);
    }

    /**
     * The filters on the expressions of a fact's community and municipality, in any query (JPQL or SQL), so that
     * every collection filters by them the same way. The community filter matches the community recorded with a
     * fact and, through the replica, any fact about one of the community's current members.
     */
    public Conditions located(FactFilter filter, String community, String istatCode) {
        Conditions where = new Conditions();
        if (filter.community() != null) {
            List<String> members = membersOf(filter.community(), LocalDate.now());
            if (members.isEmpty()) {
                where.and(community + " = :community", "community", filter.community());
            } else {
                where.and("(" + community + " = :community or " + istatCode + " in (:members))", "community",
                        filter.community()).parameter("members", members);
            }
        }
        return where.and(istatCode + " = :municipality", "municipality", filter.municipality());
    }

    private static ProblemException unknown(String field, String detail) {
        return new ProblemException(ProblemType.UNKNOWN_REFERENCE, detail,
                List.of(new Problem.FieldError(field, detail)));
    }
}

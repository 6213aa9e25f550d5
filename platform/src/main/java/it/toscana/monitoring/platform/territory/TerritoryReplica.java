package it.toscana.monitoring.platform.territory;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.quarkus.panache.common.Parameters;
import it.toscana.monitoring.events.CloudEvent;
import it.toscana.monitoring.events.EventJson;
import it.toscana.monitoring.events.territory.CommunityState;
import it.toscana.monitoring.events.territory.MembershipState;
import it.toscana.monitoring.events.territory.MunicipalityState;
import it.toscana.monitoring.events.territory.TerritoryEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * A service's own copy of the territorial register (communities, municipalities, memberships),
 * kept from territory.events, so that it resolves "which community is this municipality in on
 * this date" locally instead of calling territory-service.
 */
@ApplicationScoped
public class TerritoryReplica {

    private static final String MEMBERSHIP_ON_DATE =
            "validFrom <= ?2 and (validTo is null or validTo >= ?2)";
    /** Municipality {@code m} has a membership {@code s} on {@code :date}; the caller closes the parenthesis. */
    private static final String IS_MEMBER = "exists (from ReplicaMembership s where s.istatCode = m.istatCode"
            + " and s.validFrom <= :date and (s.validTo is null or s.validTo >= :date)";

    @Inject
    EntityManager entityManager;

    @Inject
    Event<MunicipalityMembershipChanged> membershipChanges;

    @Inject
    MembershipLocks locks;

    /**
     * Applies a territory event; call inside the consumer's transaction (see EventStreamConsumer).
     * A change to a municipality or a membership is then announced as a {@link MunicipalityMembershipChanged}.
     */
    public void apply(CloudEvent event) {
        switch (event.type()) {
            case TerritoryEvents.COMMUNITY_UPSERTED -> upsertCommunity(event);
            case TerritoryEvents.COMMUNITY_DELETED -> ReplicaCommunity.deleteById(event.subject());
            case TerritoryEvents.MUNICIPALITY_UPSERTED -> announce(upsertMunicipality(read(event, MunicipalityState.class)));
            case TerritoryEvents.MUNICIPALITY_DELETED -> announce(deleteMunicipality(event.subject()));
            case TerritoryEvents.MEMBERSHIP_UPSERTED -> announce(upsertMembership(read(event, MembershipState.class)));
            case TerritoryEvents.MEMBERSHIP_DELETED -> announce(deleteMembership(event.subject()));
            default -> {
                // places and future types: not needed by the replica
            }
        }
    }

    public void reset() {
        entityManager.createNativeQuery("TRUNCATE replica_community, replica_municipality, replica_membership")
                .executeUpdate();
    }

    public Optional<ReplicaCommunity> community(String code) {
        return ReplicaCommunity.findByIdOptional(code);
    }

    public Optional<ReplicaMunicipality> municipality(String istatCode) {
        return ReplicaMunicipality.findByIdOptional(istatCode);
    }

    /** The community the municipality belonged to on that date. */
    public Optional<String> communityOf(String istatCode, LocalDate date) {
        return ReplicaMembership.<ReplicaMembership>find("istatCode = ?1 and " + MEMBERSHIP_ON_DATE, istatCode, date)
                .firstResultOptional()
                .map(membership -> membership.communityCode);
    }

    /** ISTAT codes of the community's members on that date. */
    public List<String> membersOf(String communityCode, LocalDate date) {
        return ReplicaMembership.<ReplicaMembership>find("communityCode = ?1 and " + MEMBERSHIP_ON_DATE
                + " order by istatCode", communityCode, date)
                .stream()
                .map(membership -> membership.istatCode)
                .toList();
    }

    /** The community's member municipalities on that date, in one query. */
    public List<ReplicaMunicipality> municipalitiesOf(String communityCode, LocalDate date) {
        return ReplicaMunicipality.<ReplicaMunicipality>find("from ReplicaMunicipality m where " + IS_MEMBER
                + " and s.communityCode = :community) order by m.istatCode",
                Parameters.with("date", date).and("community", communityCode)).list();
    }

    /** Population of the municipalities that belong to some community on that date, in one query. */
    public long populationInCommunities(LocalDate date) {
        Long sum = entityManager
                .createQuery("select sum(m.population) from ReplicaMunicipality m where " + IS_MEMBER + ")", Long.class)
                .setParameter("date", date).getSingleResult();
        return sum == null ? 0 : sum;
    }

    private void upsertCommunity(CloudEvent event) {
        CommunityState state = read(event, CommunityState.class);
        ReplicaCommunity community = ReplicaCommunity.<ReplicaCommunity>findByIdOptional(state.code())
                .orElseGet(ReplicaCommunity::new);
        community.code = state.code();
        community.name = state.name();
        community.kind = state.kind().name();
        community.provinces = state.provinces() == null ? null : String.join(",", state.provinces());
        community.version = state.version();
        community.lastEventTime = event.time();
        community.persist();
    }

    /** Observers work in this transaction: their failure fails the batch, which is then retried. */
    private void announce(String istatCode) {
        if (istatCode == null) {
            return;
        }
        locks.changeMemberships(istatCode);
        MunicipalityMembershipChanged change = new MunicipalityMembershipChanged(istatCode);
        try {
            membershipChanges.fire(change);
        } catch (IllegalArgumentException e) {
            // the consumer drops an event whose payload throws this; an observer's failure must not look like one
            throw new IllegalStateException("An observer of " + change + " failed", e);
        }
    }

    private String upsertMunicipality(MunicipalityState state) {
        ReplicaMunicipality municipality = ReplicaMunicipality.<ReplicaMunicipality>findByIdOptional(state.istatCode())
                .orElseGet(ReplicaMunicipality::new);
        municipality.istatCode = state.istatCode();
        municipality.name = state.name();
        municipality.province = state.province();
        municipality.population = state.population();
        municipality.populationDate = state.populationDate();
        municipality.persist();
        return municipality.istatCode;
    }

    private String upsertMembership(MembershipState state) {
        ReplicaMembership membership = ReplicaMembership.<ReplicaMembership>findByIdOptional(state.id())
                .orElseGet(ReplicaMembership::new);
        membership.id = state.id();
        membership.istatCode = state.istatCode();
        membership.communityCode = state.communityCode();
        membership.validFrom = state.validFrom();
        membership.validTo = state.validTo();
        membership.persist();
        return membership.istatCode;
    }

    private static String deleteMunicipality(String istatCode) {
        ReplicaMunicipality.deleteById(istatCode);
        return istatCode;
    }

    /** The municipality whose membership it was, or null when the replica never had it. */
    private String deleteMembership(String id) {
        return ReplicaMembership.<ReplicaMembership>findByIdOptional(id).map(membership -> {
            membership.delete();
            return membership.istatCode;
        }).orElse(null);
    }

    private static <T> T read(CloudEvent event, Class<T> type) {
        return EventJson.mapper().convertValue(event.data(), type);
    }
}

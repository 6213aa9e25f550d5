package it.toscana.monitoring.funding;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import it.toscana.monitoring.events.CloudEvent;
import it.toscana.monitoring.events.EventJson;
import it.toscana.monitoring.events.Topics;
import it.toscana.monitoring.events.Versioned;
import it.toscana.monitoring.events.territory.CommunityKind;
import it.toscana.monitoring.events.territory.CommunityState;
import it.toscana.monitoring.events.territory.MembershipState;
import it.toscana.monitoring.events.territory.MunicipalityState;
import it.toscana.monitoring.events.territory.TerritoryEvents;
import it.toscana.monitoring.platform.territory.ReplicaMembership;
import it.toscana.monitoring.platform.territory.TerritoryReplica;
import it.toscana.monitoring.testsupport.TopicReader;

/**
 * Puts communities and municipalities into this service's territory replica the way production
 * does: real territory events on the real broker, then waits until the replica has applied them.
 */
final class Territory {

    static final LocalDate MEMBER_SINCE = LocalDate.of(2000, 1, 1);
    private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(30);

    private Territory() {
    }

    /** A community with a unique code (tests share one database) and its member municipalities. */
    static String community(String name, String... istatCodes) {
        return communityWith(name, members(istatCodes));
    }

    /** A community with exactly this code and its member municipalities. */
    static void register(String code, String name, String... istatCodes) {
        registerMembers(code, name, members(istatCodes));
    }

    /**
     * A municipality with its population (null: not known), a member from {@link #MEMBER_SINCE} until
     * {@code until} (null: still).
     */
    record Member(String istatCode, Integer population, LocalDate until) {
    }

    /** A community with a unique code and members whose populations and membership ends are given. */
    static String communityWith(String name, Member... members) {
        String code = name + "-" + UUID.randomUUID().toString().substring(0, 8);
        registerMembers(code, name, members);
        return code;
    }

    private static void registerMembers(String code, String name, Member... members) {
        send(TerritoryEvents.COMMUNITY_UPSERTED, new CommunityState(code, name, CommunityKind.COMUNITA_MONTANA,
                List.of("LU"), null, null, null, 0));
        for (Member member : members) {
            send(TerritoryEvents.MUNICIPALITY_UPSERTED, new MunicipalityState(member.istatCode(),
                    "Comune " + member.istatCode(), "LU", member.population(),
                    member.population() == null ? null : LocalDate.of(2005, 12, 31), List.of(), 0));
            send(TerritoryEvents.MEMBERSHIP_UPSERTED, new MembershipState(membershipId(member, code),
                    member.istatCode(), code, MEMBER_SINCE, member.until(), 0));
        }
        await().atMost(VISIBLE_WITHIN).until(() -> replicaHas(code, members));
    }

    /** A fresh 6-digit code no other test uses. */
    static String istatCode() {
        return String.format("%06d", (int) (Math.random() * 900_000) + 100_000);
    }

    private static Member[] members(String... istatCodes) {
        return Arrays.stream(istatCodes).map(istatCode -> new Member(istatCode, null, null)).toArray(Member[]::new);
    }

    private static String membershipId(Member member, String code) {
        return member.istatCode() + "@" + code;
    }

    private static boolean replicaHas(String code, Member... members) {
        return QuarkusTransaction.requiringNew().call(() -> {
            TerritoryReplica replica = Arc.container().instance(TerritoryReplica.class).get();
            return replica.community(code).isPresent() && Arrays.stream(members).allMatch(member ->
                    ReplicaMembership.findByIdOptional(membershipId(member, code)).isPresent()
                            && replica.municipality(member.istatCode())
                                    .filter(m -> Objects.equals(m.population, member.population())).isPresent());
        });
    }

    private static void send(String type, Versioned state) {
        CloudEvent event = CloudEvent.of("/territory-service", type, state.aggregateId(),
                EventJson.mapper().valueToTree(state));
        try {
            TopicReader.send(Topics.TERRITORY, state.aggregateId(), EventJson.mapper().writeValueAsString(event));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

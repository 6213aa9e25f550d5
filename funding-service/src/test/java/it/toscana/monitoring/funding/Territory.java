package it.toscana.monitoring.funding;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
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
        String code = name + "-" + UUID.randomUUID().toString().substring(0, 8);
        register(code, name, istatCodes);
        return code;
    }

    /** A community with exactly this code and its member municipalities. */
    static void register(String code, String name, String... istatCodes) {
        send(TerritoryEvents.COMMUNITY_UPSERTED, new CommunityState(code, name, CommunityKind.COMUNITA_MONTANA,
                List.of("LU"), null, null, null, 0));
        for (String istatCode : istatCodes) {
            send(TerritoryEvents.MUNICIPALITY_UPSERTED, new MunicipalityState(istatCode, "Comune " + istatCode, "LU",
                    null, null, List.of(), 0));
            send(TerritoryEvents.MEMBERSHIP_UPSERTED, new MembershipState(istatCode + "@" + code, istatCode, code,
                    MEMBER_SINCE, null, 0));
        }
        await().atMost(VISIBLE_WITHIN).until(() -> replicaHas(code, istatCodes));
    }

    /** A fresh 6-digit code no other test uses. */
    static String istatCode() {
        return String.format("%06d", (int) (Math.random() * 900_000) + 100_000);
    }

    private static boolean replicaHas(String code, String... istatCodes) {
        return QuarkusTransaction.requiringNew().call(() -> {
            TerritoryReplica replica = Arc.container().instance(TerritoryReplica.class).get();
            return replica.community(code).isPresent()
                    && replica.membersOf(code, LocalDate.now()).size() == istatCodes.length;
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

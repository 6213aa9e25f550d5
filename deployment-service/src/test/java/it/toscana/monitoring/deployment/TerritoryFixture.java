package it.toscana.monitoring.deployment;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.quarkus.arc.Arc;
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
 * Puts communities and municipalities into the service's territory replica the way production
 * does: real territory events on the broker, then waits until the replica has applied them.
 * Codes are unique per call so tests sharing the database never see each other's places.
 */
final class TerritoryFixture {

    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 400_000));
    private static final String SOURCE = "/territory-service";

    private TerritoryFixture() {
    }

    /** A new community with the given number of member municipalities (from 2000-01-01). */
    static Community community(String name, int municipalities) {
        int serial = NEXT.incrementAndGet();
        String code = name + "-" + serial;
        send(TerritoryEvents.COMMUNITY_UPSERTED, new CommunityState(code, "Comunità Montana " + name,
                CommunityKind.COMUNITA_MONTANA, List.of("LU"), null, null, null, 0));
        List<String> members = new ArrayList<>();
        for (int i = 0; i < municipalities; i++) {
            String istatCode = sendMunicipality(name + " comune " + i);
            sendMembership(istatCode, code, 0);
            members.add(istatCode);
        }
        TerritoryReplica replica = replica();
        await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> replica.community(code).isPresent()
                && replica.membersOf(code, LocalDate.now()).size() == municipalities);
        return new Community(code, List.copyOf(members));
    }

    /** A new municipality the replica knows, in no community yet (its membership has not arrived). */
    static String municipalityWithoutCommunity(String name) {
        String istatCode = sendMunicipality(name);
        TerritoryReplica replica = replica();
        await().atMost(Duration.ofSeconds(30)).pollInSameThread()
                .until(() -> replica.municipality(istatCode).isPresent());
        return istatCode;
    }

    /**
     * The municipality's membership of the community (from 2000-01-01) at that version, sent now;
     * returns once the replica has applied it.
     */
    static void join(String istatCode, String communityCode, long version) {
        sendMembership(istatCode, communityCode, version);
        TerritoryReplica replica = replica();
        await().atMost(Duration.ofSeconds(30)).pollInSameThread()
                .until(() -> replica.communityOf(istatCode, LocalDate.now()).filter(communityCode::equals).isPresent());
    }

    /** An ISTAT code nobody has registered. */
    static String unknownMunicipality() {
        return String.format("%06d", 900_000 + NEXT.incrementAndGet() % 99_999);
    }

    record Community(String code, List<String> municipalities) {
        String municipality(int index) {
            return municipalities.get(index);
        }
    }

    private static String sendMunicipality(String name) {
        String istatCode = String.format("%06d", 500_000 + NEXT.incrementAndGet());
        send(TerritoryEvents.MUNICIPALITY_UPSERTED, new MunicipalityState(istatCode, name, "LU", null, null, List.of(), 0));
        return istatCode;
    }

    private static void sendMembership(String istatCode, String communityCode, long version) {
        send(TerritoryEvents.MEMBERSHIP_UPSERTED, new MembershipState(istatCode + "@" + communityCode, istatCode,
                communityCode, LocalDate.of(2000, 1, 1), null, version));
    }

    private static TerritoryReplica replica() {
        return Arc.container().instance(TerritoryReplica.class).get();
    }

    private static void send(String type, Versioned state) {
        CloudEvent event = CloudEvent.of(SOURCE, type, state.aggregateId(), EventJson.mapper().valueToTree(state));
        try {
            TopicReader.send(Topics.TERRITORY, state.aggregateId(), EventJson.mapper().writeValueAsString(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

package it.toscana.monitoring.gateway;

import static it.toscana.monitoring.gateway.EventFeed.VISIBLE_WITHIN;
import static it.toscana.monitoring.gateway.EventFeed.community;
import static it.toscana.monitoring.gateway.EventFeed.event;
import static it.toscana.monitoring.gateway.EventFeed.send;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import it.toscana.monitoring.events.Topics;
import it.toscana.monitoring.events.Versioned;
import it.toscana.monitoring.events.deployment.BroadbandState;
import it.toscana.monitoring.events.deployment.BroadbandStateV2;
import it.toscana.monitoring.events.deployment.BroadbandStateV2.ConnectionStatus;
import it.toscana.monitoring.events.deployment.BroadbandStateV2.Coverage;
import it.toscana.monitoring.events.deployment.BroadbandStateV2.FibreStatus;
import it.toscana.monitoring.events.deployment.BroadbandStateV2.Technology;
import it.toscana.monitoring.events.deployment.DeploymentEvents;

/** Broadband totals from both versions of the broadband event, each value counted as itself. */
@QuarkusTest
class BroadbandTotalsTest {

    @Test
    void v1AndV2EventsBothCountAndNotInInterventionIsItsOwnCoverage() {
        String code = TotalsTest.unique("cm");
        community(code, "Colline", 0);
        String massa = istat();
        String sassetta = istat();
        String roccastrada = istat();
        // Written before v2: still on the topic as v1.
        publish(DeploymentEvents.BROADBAND_UPSERTED_V1, new BroadbandState(massa, code,
                new BroadbandState.PaConnection(null, BroadbandState.RolloutStatus.ACTIVE, null),
                List.of(), BroadbandState.Coverage.COVERED_ACTIVE, null, List.of(), 65, null, null, null, null, 0));
        // Sassetta as printed: on RTRT by "cable or TIX/SAT", outside the coverage intervention.
        publish(DeploymentEvents.BROADBAND_UPSERTED_V2, v2(sassetta, code,
                new BroadbandStateV2.PaConnection("RTRT", Technology.CABLE_OR_TIX_SATELLITE, ConnectionStatus.ACTIVE, null),
                null, Coverage.NOT_IN_INTERVENTION, null, 0));
        // A v1 event replaced by v2 of the same aggregate: counted once, as the v2 says (connected by active fibre).
        publish(DeploymentEvents.BROADBAND_UPSERTED_V1, new BroadbandState(roccastrada, code, null,
                List.of(), BroadbandState.Coverage.PLANNED, 2010, List.of(), 77, null, null, null, null, 0));
        publish(DeploymentEvents.BROADBAND_UPSERTED_V2, v2(roccastrada, code,
                new BroadbandStateV2.PaConnection(null, null, ConnectionStatus.NOT_CONNECTED, null),
                new BroadbandStateV2.FibreExtension(FibreStatus.ACTIVE, 2009, null), Coverage.NOT_COVERED, 77, 1));

        await().atMost(VISIBLE_WITHIN).untilAsserted(() -> {
            JsonPath totals = TotalsTest.totals(code);
            assertEquals(3, totals.getInt("broadband.municipalities"));
            assertEquals(3, totals.getInt("broadband.connectedToRegionalNetwork"));
            assertEquals(142, totals.getInt("broadband.unservableUsers"));
            assertEquals(Set.of("COVERED_ACTIVE", "NOT_IN_INTERVENTION", "NOT_COVERED"),
                    totals.getMap("broadband.coverage").keySet());
            assertEquals(1, totals.getInt("broadband.coverage.NOT_IN_INTERVENTION"));
            assertEquals(1, totals.getInt("broadband.coverage.NOT_COVERED"));
        });
        publish(DeploymentEvents.BROADBAND_DELETED_V2, v2(sassetta, code, null, null, Coverage.NOT_IN_INTERVENTION, null, 1));
        await().atMost(VISIBLE_WITHIN).untilAsserted(() -> {
            JsonPath totals = TotalsTest.totals(code);
            assertEquals(2, totals.getInt("broadband.municipalities"));
            assertNull(totals.get("broadband.coverage.NOT_IN_INTERVENTION"));
        });
    }

    /** ISTAT codes are aggregate ids on the whole topic: fresh ones keep these versions apart from other tests'. */
    private static String istat() {
        return "9" + (10_000 + ThreadLocalRandom.current().nextInt(90_000));
    }

    private static BroadbandStateV2 v2(String istat, String community, BroadbandStateV2.PaConnection connection,
            BroadbandStateV2.FibreExtension fibre, Coverage coverage, Integer unservableUsers, long version) {
        return new BroadbandStateV2(istat, community, connection, fibre, List.of(), coverage, null, null, List.of(),
                unservableUsers, null, null, null, null, version);
    }

    private static void publish(String type, Versioned state) {
        send(Topics.DEPLOYMENT, event(type, state, null));
    }
}

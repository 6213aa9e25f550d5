package it.toscana.monitoring.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import it.toscana.monitoring.events.territory.CommunityKind;
import it.toscana.monitoring.events.territory.TerritoryEvents;
import it.toscana.monitoring.events.territory.CommunityState;

class CloudEventTest {

    @Test
    void anEnvelopeRoundTripsThroughJsonUnchanged() throws Exception {
        CloudEvent event = CloudEvent.of("/territory-service", TerritoryEvents.COMMUNITY_UPSERTED, "casentino",
                EventJson.mapper().valueToTree(new CommunityState("casentino", "Casentino", CommunityKind.UNIONE_COMUNI, List.of("AR"), null, null, null, 3)));

        CloudEvent read = EventJson.mapper().readValue(EventJson.mapper().writeValueAsString(event), CloudEvent.class);

        assertEquals(event.id(), read.id());
        assertEquals(event.time(), read.time());
        assertEquals(event.subject(), read.subject());
        assertEquals(event.data().toString(), read.data().toString());
        assertTrue(read.violations().isEmpty());
        assertEquals(3, read.version());
        assertEquals("it.toscana.monitoring.territory.community", read.aggregateType());
    }

    @Test
    void namesEveryMissingAttribute() throws Exception {
        CloudEvent event = EventJson.mapper().readValue("""
                {"specversion": "0.3", "data": {"version": -1}}""", CloudEvent.class);

        assertEquals(7, event.violations().size(), event.violations().toString());
    }
}

package it.toscana.monitoring.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import it.toscana.monitoring.events.deployment.BroadbandState;
import it.toscana.monitoring.events.deployment.NalNodeState;

class VersionedByIdTest {

    private final NalNodeState node = new NalNodeState("nal-7", "casentino", "Comunità Montana del Casentino", "051040",
            List.of("Comune di Poppi"), BroadbandState.RolloutStatus.ACTIVE, 4);

    @Test
    void theAggregateIdIsTheId() {
        assertEquals("nal-7", node.aggregateId());
    }

    @Test
    void onTheWireAStateIsItsComponentsAndNothingElse() {
        JsonNode json = EventJson.mapper().valueToTree(node);
        List<String> fields = new ArrayList<>();
        json.fieldNames().forEachRemaining(fields::add);
        assertEquals(Arrays.stream(NalNodeState.class.getRecordComponents()).map(c -> c.getName()).toList(), fields);
    }
}

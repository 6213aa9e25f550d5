package it.toscana.monitoring.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import it.toscana.monitoring.events.EventCatalogue.EventType;
import it.toscana.monitoring.events.deployment.DeploymentEvents;
import it.toscana.monitoring.events.funding.FundingEvents;
import it.toscana.monitoring.events.territory.TerritoryEvents;

/** The catalogue the AsyncAPI document is generated from names every event type once, on its owner's topic. */
class EventCatalogueTest {

    @Test
    void everyEventTypeConstantHasOneEntryOnItsOwnersTopic() throws IllegalAccessException {
        Map<String, EventType> catalogued = EventCatalogue.ALL.stream().collect(Collectors.toMap(EventType::type, Function.identity()));
        assertEquals(EventCatalogue.ALL.size(), catalogued.size(), "a type catalogued twice");
        List<String> declared = new ArrayList<>();
        for (Class<?> constants : List.of(TerritoryEvents.class, FundingEvents.class, DeploymentEvents.class)) {
            for (Field field : constants.getFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                    declared.add((String) field.get(null));
                }
            }
        }
        List<String> missing = declared.stream().filter(type -> !catalogued.containsKey(type)).toList();
        assertTrue(missing.isEmpty(), "event types without a catalogue entry: " + missing);
        assertEquals(declared.size(), catalogued.size(), "catalogued types that are not declared");
        List<EventType> misplaced = EventCatalogue.ALL.stream()
                .filter(type -> !type.type().startsWith(Topics.OWNERS.get(type.topic()).typePrefix())).toList();
        assertTrue(misplaced.isEmpty(), "types on another service's topic: " + misplaced);
    }

    @Test
    void aTypeNamesItsAggregateActionAndVersion() {
        EventType type = new EventType(Topics.DEPLOYMENT, DeploymentEvents.NAL_NODE_DELETED_V2, null);
        assertEquals("nal-node", type.aggregate());
        assertEquals("deleted", type.action());
        assertEquals(2, type.version());
    }
}

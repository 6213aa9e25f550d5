package it.toscana.monitoring.gateway.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import it.toscana.monitoring.events.EventCatalogue;

/** The change feed's types are a registry kept by hand: every aggregate of the event contract must be in it. */
class EntityTypesTest {

    @Test
    void everyAggregateOfTheEventContractIsAFeedTypeWithItsCollection() {
        Set<String> missing = EventCatalogue.ALL.stream().map(EventCatalogue.EventType::aggregate)
                .filter(aggregate -> EntityTypes.link(aggregate, "x") == null)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), missing, "aggregates with no entry in EntityTypes (the feed's ?types= and its links)");
    }
}

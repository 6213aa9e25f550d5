package it.toscana.monitoring.funding.service;

import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.ToLongFunction;

import it.toscana.monitoring.events.Versioned;

/**
 * What {@link KeyedStore} needs to know about one kind of aggregate: its entity, how it is named in
 * messages, its event types, its version and its event state for a given version, and the fields
 * its collection sorts by.
 */
public record AggregateType<E>(
        Class<E> entity,
        String label,
        String upsertedType,
        String deletedType,
        ToLongFunction<E> version,
        BiFunction<E, Long, Versioned> state,
        Map<String, String> sortable,
        String tieBreaker) {
}

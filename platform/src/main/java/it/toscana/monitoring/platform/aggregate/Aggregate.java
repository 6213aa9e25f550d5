package it.toscana.monitoring.platform.aggregate;

import java.util.function.BiFunction;
import java.util.function.ToLongFunction;

import it.toscana.monitoring.events.Versioned;

/**
 * What {@link AggregateWriter} needs to know about one kind of aggregate: the topic and event types
 * its changes go out as, how its version is read, and its full event state at a given version.
 *
 * @param label in messages, e.g. "funding line"
 */
public record Aggregate<E>(
        String topic,
        String label,
        String upsertedType,
        String deletedType,
        ToLongFunction<E> version,
        BiFunction<E, Long, ? extends Versioned> state) {

    /** The entity's event state at the version it holds now. */
    public Versioned currentState(E entity) {
        return state.apply(entity, version.applyAsLong(entity));
    }
}

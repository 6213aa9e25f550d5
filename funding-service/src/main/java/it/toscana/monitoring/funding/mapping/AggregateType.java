package it.toscana.monitoring.funding.mapping;

import java.util.function.BiFunction;
import java.util.function.ToLongFunction;

import it.toscana.monitoring.events.Topics;
import it.toscana.monitoring.events.Versioned;
import it.toscana.monitoring.platform.aggregate.Aggregate;
import it.toscana.monitoring.platform.rest.Listing;

/**
 * What the services' {@code KeyedStore} needs to know about one kind of aggregate: its entity, how it is
 * named in messages, its event types, its version and its event state for a given version (what the
 * platform's writer needs, {@link #aggregate()}), and how its collection is listed.
 */
public record AggregateType<E>(
        Class<E> entity,
        String label,
        String upsertedType,
        String deletedType,
        ToLongFunction<E> version,
        BiFunction<E, Long, Versioned> state,
        Listing listing) {

    /** This kind as the platform's writer knows it, on the funding topic. */
    public Aggregate<E> aggregate() {
        return new Aggregate<>(Topics.FUNDING, label, upsertedType, deletedType, version, state);
    }
}

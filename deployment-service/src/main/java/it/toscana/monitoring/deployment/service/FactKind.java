package it.toscana.monitoring.deployment.service;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

import it.toscana.monitoring.deployment.domain.RolloutFact;
import it.toscana.monitoring.events.Topics;
import it.toscana.monitoring.events.Versioned;
import it.toscana.monitoring.platform.aggregate.Aggregate;
import it.toscana.monitoring.platform.rest.Listing;

/**
 * How one kind of rollout fact is written, published and listed, so that {@link RolloutFactService}
 * handles every kind the same way.
 *
 * @param label        in messages, e.g. "PAAS point"
 * @param apply        copies a request onto the entity and enforces the kind's own rules
 * @param state        the event payload for the entity at a given version
 * @param statusField  the entity field the {@code status} filter applies to (null: no status)
 * @param sortable     entity fields a collection may be sorted by
 * @param afterWrite   runs after the entity is flushed (e.g. to record history)
 * @param filters      the kind's own enum fields a collection may be filtered by, each by a query parameter
 *                     of the field's name (e.g. {@code ?service=SUAP})
 */
public record FactKind<E extends RolloutFact, Q>(
        String label,
        Class<E> type,
        Supplier<E> factory,
        BiConsumer<Q, E> apply,
        StateMapper<E> state,
        String upsertedType,
        String deletedType,
        String statusField,
        Class<? extends Enum<?>> statusType,
        Set<String> sortable,
        Consumer<E> afterWrite,
        Map<String, Class<? extends Enum<?>>> filters) {

    /** A kind with no filters of its own. */
    public FactKind(String label, Class<E> type, Supplier<E> factory, BiConsumer<Q, E> apply, StateMapper<E> state,
            String upsertedType, String deletedType, String statusField, Class<? extends Enum<?>> statusType,
            Set<String> sortable, Consumer<E> afterWrite) {
        this(label, type, factory, apply, state, upsertedType, deletedType, statusField, statusType, sortable,
                afterWrite, Map.of());
    }

    @FunctionalInterface
    public interface StateMapper<E> {
        Versioned toState(E fact, long version);
    }

    /** This kind as the platform's writer knows it, on the deployment topic. */
    public Aggregate<E> aggregate() {
        return new Aggregate<>(Topics.DEPLOYMENT, label, upsertedType, deletedType, fact -> fact.version, state::toState);
    }

    /** Its collection: sorted by the sortable fields, then by id; {@code ?updatedSince=} bounds its last change. */
    public Listing listing() {
        return Listing.of(sortable, "updatedAt", "id");
    }

    public FactKind<E, Q> withAfterWrite(Consumer<E> hook) {
        return new FactKind<>(label, type, factory, apply, state, upsertedType, deletedType, statusField, statusType,
                sortable, hook, filters);
    }

    public FactKind<E, Q> withFilter(String field, Class<? extends Enum<?>> values) {
        Map<String, Class<? extends Enum<?>>> more = new HashMap<>(filters);
        more.put(field, values);
        return new FactKind<>(label, type, factory, apply, state, upsertedType, deletedType, statusField, statusType,
                sortable, afterWrite, Map.copyOf(more));
    }
}

package it.toscana.monitoring.platform.aggregate;

import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import it.toscana.monitoring.events.Versioned;
import it.toscana.monitoring.platform.outbox.EventOutbox;
import it.toscana.monitoring.platform.problem.ProblemException;
import it.toscana.monitoring.platform.problem.ProblemType;
import it.toscana.monitoring.platform.rest.Etags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The one way every service writes a versioned aggregate: the row and its event (full state, the
 * version just written) in the caller's transaction, through the outbox. Deletions check If-Match and
 * publish the last state with the next version, so that a deletion outranks every upsert before it.
 * Idempotency-Key replay sits in front of this, in the REST layer ({@code IdempotentRequests}).
 */
@ApplicationScoped
public class AggregateWriter {

    @Inject
    EntityManager entityManager;

    @Inject
    EventOutbox outbox;

    /** Stores the entity (new or changed) and publishes it; flushed first, so the event carries the version written. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E> E save(Aggregate<E> kind, E entity) {
        if (!entityManager.contains(entity)) {
            entityManager.persist(entity);
        }
        entityManager.flush();
        return published(kind, entity);
    }

    /**
     * PUT by key, the one way every service decides it: {@code existing} (found and locked by the caller) is
     * replaced when there is one, If-Match checked against its version; else a new aggregate is created, and an
     * If-Match refused, since on a resource that does not exist it can never match (RFC 9110 13.1.1).
     * {@code write} applies the request to the entity and stores and publishes it (e.g. through {@link #save}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E> Upserted<E> put(Aggregate<E> kind, Object key, E existing, String ifMatch, Supplier<E> create,
            UnaryOperator<E> write) {
        if (existing != null) {
            return new Upserted<>(replace(kind, existing, ifMatch, write), false);
        }
        if (ifMatch != null && !ifMatch.isBlank()) {
            throw ProblemException.of(ProblemType.STALE_ETAG, "There is no " + kind.label() + " " + key
                    + ", so If-Match cannot match.");
        }
        return new Upserted<>(write.apply(create.get()), true);
    }

    /**
     * PUT or merge patch of an aggregate that must exist: If-Match checked against the version of
     * {@code existing} (found and locked by the caller), then {@code write} applies the request and stores it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E> E replace(Aggregate<E> kind, E existing, String ifMatch, UnaryOperator<E> write) {
        Etags.checkIfMatch(ifMatch, kind.version().applyAsLong(existing));
        return write.apply(existing);
    }

    /**
     * Stores a new entity and publishes it, leaving its INSERT to the transaction's next flush, so that
     * a bulk chunk's inserts leave together as JDBC batches. Only for new entities: persisting seeds their
     * version, so the event's version is already the one that will be written.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E> E insertBatched(Aggregate<E> kind, E entity) {
        entityManager.persist(entity);
        return published(kind, entity);
    }

    /** Publishes the entity's current state: for a new version written another way (e.g. a forced version increment). */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E> E published(Aggregate<E> kind, E entity) {
        outbox.publish(kind.topic(), kind.upsertedType(), kind.currentState(entity));
        return entity;
    }

    /** Checks If-Match against the stored version, deletes the entity and publishes its last state with the next version. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E> void delete(Aggregate<E> kind, E entity, String ifMatch) {
        long version = kind.version().applyAsLong(entity);
        Etags.checkIfMatch(ifMatch, version);
        Versioned last = kind.state().apply(entity, version + 1);
        entityManager.remove(entity);
        entityManager.flush();
        outbox.publish(kind.topic(), kind.deletedType(), last);
    }
}

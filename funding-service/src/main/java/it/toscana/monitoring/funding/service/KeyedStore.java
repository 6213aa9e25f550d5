package it.toscana.monitoring.funding.service;

import java.util.function.Consumer;
import java.util.function.Supplier;

import it.toscana.monitoring.funding.mapping.AggregateType;
import it.toscana.monitoring.platform.aggregate.AggregateWriter;
import it.toscana.monitoring.platform.aggregate.Upserted;
import it.toscana.monitoring.platform.problem.ProblemException;
import it.toscana.monitoring.platform.rest.Page;
import it.toscana.monitoring.platform.rest.Conditions;
import it.toscana.monitoring.platform.rest.PageParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * Writes and reads of the aggregates addressed by one key (funding lines, calls, requirements,
 * co-financing projects, declared totals): the row lock here; If-Match, the row and its event
 * through the platform's {@link AggregateWriter}.
 */
@ApplicationScoped
public class KeyedStore {

    @Inject
    EntityManager entityManager;

    @Inject
    AggregateWriter writer;

    /** PUT: creates the aggregate when the key is unknown, otherwise replaces it (see {@link AggregateWriter#put}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E> Upserted<E> put(AggregateType<E> type, Object key, String ifMatch, Supplier<E> create, Consumer<E> apply) {
        return writer.put(type.aggregate(), key, entityManager.find(type.entity(), key, LockModeType.PESSIMISTIC_WRITE), ifMatch,
                create, entity -> {
                    apply.accept(entity);
                    return write(type, entity);
                });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public <E> E write(AggregateType<E> type, E entity) {
        return writer.save(type.aggregate(), entity);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public <E> E lock(AggregateType<E> type, Object key) {
        E entity = entityManager.find(type.entity(), key, LockModeType.PESSIMISTIC_WRITE);
        if (entity == null) {
            throw notFound(type, key);
        }
        return entity;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public <E> void delete(AggregateType<E> type, E entity, String ifMatch) {
        writer.delete(type.aggregate(), entity, ifMatch);
    }

    public <E> E get(AggregateType<E> type, Object key) {
        E entity = entityManager.find(type.entity(), key);
        if (entity == null) {
            throw notFound(type, key);
        }
        return entity;
    }

    public <E> Page<E> page(AggregateType<E> type, Conditions where, PageParams page) {
        return type.listing().page(entityManager, type.entity(), where, page);
    }

    private static ProblemException notFound(AggregateType<?> type, Object key) {
        return ProblemException.notFound("No " + type.label() + " " + key + ".");
    }
}

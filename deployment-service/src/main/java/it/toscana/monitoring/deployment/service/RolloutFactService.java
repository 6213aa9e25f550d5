package it.toscana.monitoring.deployment.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import it.toscana.monitoring.deployment.domain.RolloutFact;
import it.toscana.monitoring.platform.aggregate.AggregateWriter;
import it.toscana.monitoring.platform.aggregate.Upserted;
import it.toscana.monitoring.platform.problem.Problem;
import it.toscana.monitoring.platform.problem.ProblemException;
import it.toscana.monitoring.platform.problem.ProblemType;
import it.toscana.monitoring.platform.rest.Conditions;
import it.toscana.monitoring.platform.rest.Etags;
import it.toscana.monitoring.platform.rest.Page;
import it.toscana.monitoring.platform.rest.PageParams;
import it.toscana.monitoring.platform.security.CommunityAccess;
import it.toscana.monitoring.platform.territory.MembershipLocks;
import it.toscana.monitoring.platform.time.RecordingTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * Writes, deletes and lists every kind of rollout fact the same way: the change and its event
 * (full state, version) in one transaction, the community resolved from the territory replica.
 */
@ApplicationScoped
public class RolloutFactService {

    @Inject
    AggregateWriter writer;

    @Inject
    Locations locations;

    @Inject
    EntityManager entityManager;

    @Inject
    CommunityAccess access;

    @Inject
    MembershipLocks memberships;

    @Transactional
    public <E extends RolloutFact, Q> E create(FactKind<E, Q> kind, Q request) {
        E fact = newFact(kind, UUID.randomUUID().toString());
        write(kind, fact, request);
        return fact;
    }

    /** PUT by natural key: creates the fact or replaces it (see {@link AggregateWriter#put}). */
    @Transactional
    public <E extends RolloutFact, Q> Upserted<E> upsert(FactKind<E, Q> kind, String id, String ifMatch, Q request) {
        return writer.put(kind.aggregate(), id, findForChange(kind, id), ifMatch, () -> newFact(kind, id), fact -> {
            write(kind, fact, request);
            return fact;
        });
    }

    private static <E extends RolloutFact, Q> E newFact(FactKind<E, Q> kind, String id) {
        E fact = kind.factory().get();
        fact.id = id;
        fact.createdAt = RecordingTime.now();
        return fact;
    }

    @Transactional
    public <E extends RolloutFact, Q> E replace(FactKind<E, Q> kind, String id, String ifMatch, Q request) {
        E fact = findForChange(kind, id);
        if (fact == null) {
            throw ProblemException.notFound("No " + kind.label() + " with id " + id + ".");
        }
        Etags.checkIfMatch(ifMatch, fact.version);
        write(kind, fact, request);
        return fact;
    }

    /** Deletes the fact and publishes the deleted event with its last state and the next version. */
    @Transactional
    public <E extends RolloutFact, Q> void delete(FactKind<E, Q> kind, String id, String ifMatch) {
        E fact = lock(kind, id);
        access.checkWrite(fact.communityCode, "this " + kind.label());
        writer.delete(kind.aggregate(), fact, ifMatch);
    }

    public <E extends RolloutFact, Q> E get(FactKind<E, Q> kind, String id) {
        E fact = entityManager.find(kind.type(), id);
        if (fact == null) {
            throw ProblemException.notFound("No " + kind.label() + " with id " + id + ".");
        }
        return fact;
    }

    /** One page of a collection, filtered as {@link Locations#located} says, by the kind's status and its own filters. */
    public <E extends RolloutFact, Q> Page<E> list(FactKind<E, Q> kind, FactFilter filter, PageParams page) {
        Conditions where = locations.located(filter, "communityCode", "istatCode");
        if (filter.status() != null) {
            where.and(kind.statusField() + " = :status", "status", statusValue(kind, filter.status()));
        }
        filter.own().forEach((field, value) -> where.and(field + " = :" + field, field,
                constant(field, kind.filters().get(field), value)));
        return kind.listing().page(entityManager, kind.type(), where, page);
    }

    private <E extends RolloutFact, Q> void write(FactKind<E, Q> kind, E fact, Q request) {
        if (entityManager.contains(fact)) {
            // object-level check on the stored record: an operator may not touch another community's fact
            access.checkWrite(fact.communityCode, "this " + kind.label());
        }
        kind.apply().accept(request, fact);
        fact.communityCode = locations.resolveCommunity(fact.communityCode, fact.istatCode, LocalDate.now());
        // and on the result: nor move a fact to, or create one in, another community, nor about its municipalities
        access.checkWrite(fact.communityCode, "a " + kind.label());
        access.checkMunicipality(fact.istatCode,
                fact.istatCode == null ? null : locations.communityToday(fact.istatCode).orElse(null));
        saveAndPublish(kind, fact);
    }

    /**
     * Gives the facts of this kind about the municipality that were stored without a community
     * (its membership had not reached the replica yet) the community it is in today, each as a new
     * version with its event. Runs in the caller's transaction; returns how many changed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E extends RolloutFact, Q> int resolveMissingCommunity(FactKind<E, Q> kind, String istatCode,
            String communityCode) {
        List<E> unresolved = entityManager.createQuery("select f from " + kind.type().getSimpleName()
                + " f where f.istatCode = :istatCode and f.communityCode is null", kind.type())
                .setParameter("istatCode", istatCode)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE) // a concurrent write of the same fact goes first
                .getResultList();
        for (E fact : unresolved) {
            fact.communityCode = communityCode;
            saveAndPublish(kind, fact);
        }
        return unresolved.size();
    }

    /** The end of every change: stored as the next version, then its full state into the outbox. */
    private <E extends RolloutFact, Q> void saveAndPublish(FactKind<E, Q> kind, E fact) {
        fact.updatedAt = Instant.now();
        writer.save(kind.aggregate(), fact);
        kind.afterWrite().accept(fact);
    }

    /**
     * The stored fact, locked for a write that resolves its community again, or null. Its
     * municipality's memberships are held before the row is locked, the order in which a replica
     * change takes them too (see MembershipLocks), so the two never wait for each other in a cycle.
     */
    private <E extends RolloutFact, Q> E findForChange(FactKind<E, Q> kind, String id) {
        // a fact about no municipality (e.g. a NAL node named by its community) has no memberships to hold
        entityManager.createQuery("select f.istatCode from " + kind.type().getSimpleName()
                + " f where f.id = :id and f.istatCode is not null", String.class)
                .setParameter("id", id).getResultStream().findFirst()
                .ifPresent(memberships::holdMemberships);
        return entityManager.find(kind.type(), id, LockModeType.PESSIMISTIC_WRITE);
    }

    private <E extends RolloutFact, Q> E lock(FactKind<E, Q> kind, String id) {
        E fact = entityManager.find(kind.type(), id, LockModeType.PESSIMISTIC_WRITE);
        if (fact == null) {
            throw ProblemException.notFound("No " + kind.label() + " with id " + id + ".");
        }
        return fact;
    }

    /** The {@code status} filter's value for the kind: its status enum's constant, else a 400 naming the filter. */
    static Object statusValue(FactKind<?, ?> kind, String status) {
        if (kind.statusField() == null) {
            throw new ProblemException(ProblemType.VALIDATION, "This collection has no status.",
                    List.of(new Problem.FieldError("status", "not a filter of this collection")));
        }
        return constant("status", kind.statusType(), status);
    }

    /** The constant of {@code values} a filter names, else a 400 naming the filter. */
    private static Object constant(String filter, Class<? extends Enum<?>> values, String name) {
        return Arrays.stream(values.getEnumConstants())
                .filter(constant -> constant.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new ProblemException(ProblemType.VALIDATION, "Unknown " + filter + " " + name + ".",
                        List.of(new Problem.FieldError(filter, "one of " + Arrays.toString(values.getEnumConstants())))));
    }
}

package it.toscana.monitoring.platform.territory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;

/**
 * A transaction-scoped PostgreSQL advisory lock per municipality that orders a replica change of
 * its memberships against writers that store an answer of {@link TerritoryReplica#communityOf}.
 * Without it a writer could read "no community" just before a membership commits while the
 * membership's observers look for that writer's row just before it commits: both would miss.
 * With it either the writer reads after the membership is committed, or the observers run after
 * the writer committed. Writers take it before locking any row observers also lock (no deadlock).
 */
@ApplicationScoped
public class MembershipLocks {

    /** First key of the two-integer key space ("memb"); the outbox relay uses the one-bigint space. */
    private static final int NAMESPACE = 0x6d656d62;

    @Inject
    EntityManager entityManager;

    /** Shared: taken by a writer before it resolves and stores a municipality's community. */
    public void holdMemberships(String istatCode) {
        lock("pg_advisory_xact_lock_shared", istatCode);
    }

    /** Exclusive: taken by the replica when it changed the municipality's memberships, before observers run. */
    void changeMemberships(String istatCode) {
        lock("pg_advisory_xact_lock", istatCode);
    }

    private void lock(String function, String istatCode) {
        if (istatCode == null) {
            return;
        }
        entityManager.createNativeQuery("SELECT 1 FROM (SELECT " + function + "(?1, hashtext(?2))) AS locked")
                .setFlushMode(FlushModeType.COMMIT) // a native query flushes every pending change first; a lock needs none
                .setParameter(1, NAMESPACE)
                .setParameter(2, istatCode)
                .getSingleResult();
    }
}

package it.toscana.monitoring.platform.retention;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import it.toscana.monitoring.platform.rest.IdempotencyConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Keeps the bookkeeping tables from only growing: published outbox rows, consumed event ids and
 * expired Idempotency-Key records are deleted once past their retention, and so are the rows of every
 * service's own {@link RetentionRule}. {@code aggregate_version}
 * (the newest version per aggregate) is kept: it is what refuses a stale redelivery for good.
 */
@ApplicationScoped
public class RetentionPurge {

    private static final Logger LOG = Logger.getLogger(RetentionPurge.class);

    @Inject
    EntityManager entityManager;

    @Inject
    RetentionConfig retention;

    @Inject
    IdempotencyConfig idempotency;

    @Inject
    Instance<RetentionRule> rules;

    @Scheduled(every = "${platform.retention.every}", delayed = "${platform.retention.delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        int outbox = delete("DELETE FROM outbox_event WHERE published_at < now() - make_interval(secs => ?1)",
                retention.publishedOutbox().toSeconds());
        int events = delete("DELETE FROM processed_event WHERE processed_at < now() - make_interval(secs => ?1)",
                retention.processedEvents().toSeconds());
        int keys = delete("DELETE FROM idempotency_record WHERE created_at < now() - make_interval(secs => ?1)",
                idempotency.ttl().toSeconds());
        if (outbox + events + keys > 0) {
            LOG.infof("Retention: purged %d published outbox rows, %d consumed event ids, %d idempotency records",
                    outbox, events, keys);
        }
        for (RetentionRule rule : rules) {
            int purged = QuarkusTransaction.requiringNew().call(rule::purge);
            if (purged > 0) {
                LOG.infof("Retention: purged %d %s", purged, rule.what());
            }
        }
    }

    private int delete(String sql, long retentionSeconds) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(sql)
                .setParameter(1, (double) retentionSeconds).executeUpdate());
    }
}

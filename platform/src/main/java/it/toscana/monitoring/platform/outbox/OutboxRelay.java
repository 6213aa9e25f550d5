package it.toscana.monitoring.platform.outbox;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.hibernate.Session;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import it.toscana.monitoring.platform.kafka.KafkaClients;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Publishes outbox rows in the order of their ids and marks them sent. One aggregate's writes are
 * serialised by its row lock, so its events get increasing ids from an instance; a transaction-scoped
 * advisory lock lets one relay per database work at a time, so they leave in that order. A row whose
 * transaction commits after later ids were sent is sent by the next batch; consumers ignore a version
 * older than the one they hold, so nothing depends on the order across aggregates or instances. Sending is at-least-once: a crash between the broker's ack and
 * the commit resends the batch, which consumers dedupe by event id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK = 0x6f7574626f78L; // "outbox"
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

    @Inject
    OutboxConfig config;

    @Inject
    KafkaClients kafka;

    @Inject
    EntityManager entityManager;

    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;
    private Producer<String, String> producer;

    void start(@Observes StartupEvent startup) {
        if (!config.relayEnabled()) {
            return;
        }
        producer = kafka.producer();
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        if (worker == null) {
            return;
        }
        running = false;
        wakeUp();
        worker.join(SEND_TIMEOUT.toMillis());
        producer.close(Duration.ofSeconds(5));
    }

    /** Called after a commit that wrote outbox rows, so events leave without waiting for the poll. */
    public void wakeUp() {
        wakeUps.release();
    }

    private void run() {
        while (running) {
            try {
                int sent = relayBatch();
                if (sent < config.batchSize()) {
                    wakeUps.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wakeUps.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("Outbox relay could not publish, retrying: %s", e.getMessage());
                pause();
            }
        }
    }

    /** An unpublished row, read without making it a managed entity: the relay only sends it and marks it sent. */
    private record Pending(long seq, String topic, String aggregateId, String envelope) {
    }

    private int relayBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            boolean locked = (Boolean) entityManager.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)")
                    .setParameter(1, RELAY_LOCK)
                    .getSingleResult();
            if (!locked) {
                return 0;
            }
            List<Pending> batch = unpublished(config.batchSize());
            List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
            for (Pending row : batch) {
                acks.add(producer.send(new ProducerRecord<>(row.topic(), row.aggregateId(), row.envelope())));
            }
            producer.flush(); // the batch is complete: send it now rather than after linger.ms (5 ms per write's event)
            for (Future<RecordMetadata> ack : acks) {
                ack.get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
            markPublished(batch);
            return batch.size();
        });
    }

    private List<Pending> unpublished(int limit) {
        List<Pending> rows = new ArrayList<>(limit);
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT seq, topic, aggregate_id, envelope FROM outbox_event
                    WHERE published_at IS NULL ORDER BY seq LIMIT ?""")) {
                select.setInt(1, limit);
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        rows.add(new Pending(result.getLong(1), result.getString(2), result.getString(3),
                                result.getString(4)));
                    }
                }
            }
        });
        return rows;
    }

    /**
     * One statement for the batch, setting only published_at: marking managed entities updated every column of
     * every row (the envelope included), one statement per row, while a bulk import was writing.
     */
    private void markPublished(List<Pending> batch) {
        if (batch.isEmpty()) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE outbox_event SET published_at = ? WHERE seq = ANY (?)")) {
                update.setTimestamp(1, Timestamp.from(Instant.now()));
                update.setArray(2, connection.createArrayOf("bigint", batch.stream().map(Pending::seq).toArray()));
                update.executeUpdate();
            }
        });
    }

    private void pause() {
        try {
            Thread.sleep(config.pollInterval().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package it.toscana.monitoring.platform.inbox;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import it.toscana.monitoring.events.CloudEvent;
import it.toscana.monitoring.events.EventJson;
import it.toscana.monitoring.events.Topics;
import it.toscana.monitoring.platform.inbox.EventInbox.Delivery;

/**
 * Feeds one projection from its topics: each polled batch is applied in one database transaction
 * together with the dedupe records, and offsets are committed only after that transaction.
 * <ul>
 * <li>A malformed envelope is logged, counted and skipped; so is an event its topic's owner could not
 * have written (wrong {@code source} or type): anyone able to write to a topic must not forge another
 * service's events.</li>
 * <li>A failing batch is retried from its first record, so nothing is lost and nothing counted twice.
 * A failure that is not a passing database or connection problem is retried {@value #ATTEMPTS} times
 * (an unreadable payload not at all); then the batch is applied in halves down to the failing records,
 * each of which is parked in the dead-letter table with its error, so a poison event never stalls its
 * partition.</li>
 * </ul>
 */
public class EventStreamConsumer {

    private static final Logger LOG = Logger.getLogger(EventStreamConsumer.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);
    private static final Duration LAG_REFRESH = Duration.ofSeconds(1);
    static final int ATTEMPTS = 3;

    /** What the consumer is doing, for the readiness check and the projections' status. */
    public enum Phase {
        /** Not assigned its partitions yet. */
        STARTING,
        /** A rebuild was asked for and waits for the partitions to be assigned. */
        REBUILD_REQUESTED,
        /** Records wait: replaying the topics after a rebuild, reading what came while it was down, or behind a burst. */
        CATCHING_UP,
        /** Caught up, no record waits: applying events as they come. */
        LIVE
    }

    /** The consumer's state at a glance. */
    public record Status(Phase phase, long eventsApplied, long eventsAppliedSinceRebuild, Instant rebuildStartedAt,
            Map<String, Long> lagByTopic) {
    }

    /** Counters of what the consumer skipped or parked. */
    public record Counters(Runnable malformed, Runnable forged, Runnable deadLettered) {
    }

    private record Replay(DeadLetters.Parked parked, CompletableFuture<String> outcome) {
    }

    private final Consumer<String, String> consumer;
    private final String group;
    private final List<String> topics;
    private final EventHandler handler;
    private final EventInbox inbox;
    private final DeadLetters deadLetters;
    private final Counters counters;
    private final Map<String, Long> lagByTopic = new ConcurrentHashMap<>();
    private final AtomicBoolean rebuildRequested = new AtomicBoolean();
    private final ConcurrentLinkedQueue<Replay> replays = new ConcurrentLinkedQueue<>();
    private final AtomicLong applied = new AtomicLong();
    private final AtomicLong appliedSinceRebuild = new AtomicLong();
    private volatile Phase phase = Phase.STARTING;
    private volatile Instant rebuildStartedAt;
    private volatile boolean running = true;
    private volatile Instant lastPoll;
    private Instant lastLagRefresh = Instant.EPOCH;
    private int failedAttempts;
    // per partition, the last offset whose drop was counted: a batch retried is not counted again
    private final Map<TopicPartition, Long> droppedUpTo = new HashMap<>();
    private final Thread worker;

    EventStreamConsumer(Consumer<String, String> consumer, String group, List<String> topics, EventHandler handler,
            EventInbox inbox, DeadLetters deadLetters, Counters counters, boolean rebuildAtStart) {
        this.consumer = consumer;
        this.group = group;
        this.topics = topics;
        this.handler = handler;
        this.inbox = inbox;
        this.deadLetters = deadLetters;
        this.counters = counters;
        this.rebuildRequested.set(rebuildAtStart);
        this.phase = rebuildAtStart ? Phase.REBUILD_REQUESTED : Phase.STARTING;
        this.worker = new Thread(this::run, "events-" + String.join("+", topics));
        this.worker.setDaemon(true);
    }

    void start() {
        worker.start();
    }

    void stop() throws InterruptedException {
        running = false;
        consumer.wakeup();
        worker.join(10_000);
    }

    public String group() {
        return group;
    }

    /** Drops the projection and replays every topic from its first offset, in the consumer's thread. */
    public void requestRebuild() {
        rebuildRequested.set(true);
        phase = Phase.REBUILD_REQUESTED;
    }

    public boolean isRebuildPending() {
        return rebuildRequested.get();
    }

    public Status status() {
        return new Status(phase, applied.get(), appliedSinceRebuild.get(), rebuildStartedAt, lagByTopic());
    }

    /** Records not yet applied, per topic, as of the last look (absent until the partitions are assigned). */
    public Map<String, Long> lagByTopic() {
        return Map.copyOf(lagByTopic);
    }

    /** Whether the loop is alive and has polled recently (for the readiness check). */
    public boolean isPolling(Duration within) {
        Instant last = lastPoll;
        return worker.isAlive() && last != null && last.isAfter(Instant.now().minus(within));
    }

    /**
     * Applies a parked record again, in the consumer's thread; completes with null when it applied (or was
     * stale by now), else with its new error (it stays parked).
     */
    CompletableFuture<String> replay(DeadLetters.Parked parked) {
        CompletableFuture<String> outcome = new CompletableFuture<>();
        replays.add(new Replay(parked, outcome));
        return outcome;
    }

    private void run() {
        try {
            consumer.subscribe(topics);
            while (running) {
                if (rebuildRequested.get()) {
                    rebuild();
                }
                replayParked();
                ConsumerRecords<String, String> records = consumer.poll(POLL);
                lastPoll = Instant.now();
                if (!records.isEmpty()) {
                    applyAndCommit(records);
                }
                updateLag();
            }
        } catch (WakeupException e) {
            // stop() was called
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void rebuild() {
        if (consumer.assignment().isEmpty()) {
            return; // not assigned yet: poll first, rebuild on the next turn
        }
        QuarkusTransaction.requiringNew().run(() -> {
            handler.reset();
            inbox.clear();
        });
        handler.committed(); // the emptied projections are what readers see now
        consumer.seekToBeginning(consumer.assignment());
        rebuildRequested.set(false);
        rebuildStartedAt = Instant.now();
        droppedUpTo.clear();
        appliedSinceRebuild.set(0);
        phase = Phase.CATCHING_UP;
        lastLagRefresh = Instant.EPOCH;
        LOG.infof("Projections dropped; replaying %s from the beginning", topics);
    }

    private void applyAndCommit(ConsumerRecords<String, String> records) {
        List<ConsumerRecord<String, String>> all = new ArrayList<>(records.count());
        records.forEach(all::add);
        try {
            QuarkusTransaction.requiringNew().run(() -> applyAll(all));
            failedAttempts = 0;
            committed(records, all.size());
        } catch (RuntimeException e) {
            boolean passing = isPassing(e);
            if (!passing && (isUnreadable(e) || ++failedAttempts >= ATTEMPTS)) {
                failedAttempts = 0;
                isolate(records, all);
                return;
            }
            LOG.warnf("Could not apply a batch of %d events (%s), retrying: %s", records.count(),
                    passing ? "a passing failure" : "attempt " + failedAttempts + " of " + ATTEMPTS, describe(e));
            rewind(records);
            pause();
        }
    }

    /**
     * Applies the batch in halves, and each failing half in halves again, down to single records; parks each
     * record that still fails, so the others go on (a few poison records among thousands cost a few dozen
     * transactions, not thousands).
     */
    private void isolate(ConsumerRecords<String, String> records, List<ConsumerRecord<String, String>> all) {
        try {
            applyInHalves(all);
        } catch (PassingFailure e) {
            LOG.warnf("Could not isolate a failing batch, retrying it: %s", describe(e.getCause()));
            rewind(records);
            pause();
            return;
        }
        committed(records, all.size());
    }

    private void applyInHalves(List<ConsumerRecord<String, String>> records) {
        int half = records.size() / 2;
        for (List<ConsumerRecord<String, String>> part : List.of(records.subList(0, half), records.subList(half, records.size()))) {
            if (part.isEmpty()) {
                continue;
            }
            try {
                QuarkusTransaction.requiringNew().run(() -> applyAll(part));
            } catch (RuntimeException e) {
                if (isPassing(e)) {
                    throw new PassingFailure(e);
                }
                if (part.size() > 1) {
                    applyInHalves(part);
                } else {
                    park(part.get(0), e);
                }
            }
        }
    }

    private void park(ConsumerRecord<String, String> record, RuntimeException failure) {
        deadLetters.park(group, record, describe(failure));
        counters.deadLettered().run();
        LOG.errorf("Parked the event at %s-%d@%d in the dead-letter table: %s", record.topic(), record.partition(),
                record.offset(), describe(failure));
    }

    /** A passing failure met while isolating: the whole batch is retried later instead. */
    private static final class PassingFailure extends RuntimeException {
        PassingFailure(RuntimeException cause) {
            super(cause);
        }
    }

    private void committed(ConsumerRecords<String, String> records, int count) {
        handler.committed();
        consumer.commitSync(nextOffsets(records));
        applied.addAndGet(count);
        appliedSinceRebuild.addAndGet(count);
    }

    private void applyAll(List<ConsumerRecord<String, String>> records) {
        List<Delivery> deliveries = new ArrayList<>(records.size());
        for (ConsumerRecord<String, String> record : records) {
            CloudEvent event = parse(record);
            if (event != null) {
                deliveries.add(new Delivery(record.topic(), event));
            }
        }
        List<Delivery> accepted = inbox.accept(deliveries);
        handler.prepare(accepted.stream().map(Delivery::event).toList());
        for (Delivery delivery : accepted) {
            handler.apply(delivery.topic(), delivery.event());
        }
        handler.flush();
    }

    private void replayParked() {
        for (Replay replay = replays.poll(); replay != null; replay = replays.poll()) {
            DeadLetters.Parked parked = replay.parked();
            ConsumerRecord<String, String> record = new ConsumerRecord<>(parked.topic(), parked.partition(),
                    parked.offset(), parked.key(), parked.value());
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    applyAll(List.of(record));
                    deadLetters.replayed(parked.id());
                });
                handler.committed();
                replay.outcome().complete(null);
            } catch (RuntimeException e) {
                deadLetters.park(group, record, describe(e));
                replay.outcome().complete(describe(e));
            }
        }
    }

    /** The envelope, or null (counted, logged) when it is malformed or its topic's owner did not write it. */
    private CloudEvent parse(ConsumerRecord<String, String> record) {
        String problem;
        try {
            CloudEvent event = record.value() == null ? null
                    : EventJson.mapper().readValue(record.value(), CloudEvent.class);
            List<String> violations = event == null ? List.of("empty record") : event.violations();
            if (violations.isEmpty()) {
                Topics.Owner owner = Topics.OWNERS.get(record.topic());
                if (owner == null || owner.wrote(event)) {
                    return event;
                }
                if (firstDrop(record)) {
                    counters.forged().run();
                    LOG.warnf("Dropped an event at %s-%d@%d that %s's owner did not write: source %s, type %s",
                            record.topic(), record.partition(), record.offset(), record.topic(), event.source(), event.type());
                }
                return null;
            }
            problem = String.join("; ", violations);
        } catch (Exception e) {
            problem = "not a CloudEvents JSON envelope";
        }
        if (firstDrop(record)) {
            counters.malformed().run();
            LOG.warnf("Dropped malformed event at %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), problem);
        }
        return null;
    }

    private boolean firstDrop(ConsumerRecord<String, String> record) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        if (record.offset() <= droppedUpTo.getOrDefault(partition, -1L)) {
            return false;
        }
        droppedUpTo.put(partition, record.offset());
        return true;
    }

    /** A database or connection problem that passes: retried for as long as it lasts, never parked. */
    static boolean isPassing(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && Set.of("08", "40", "53", "57", "58").contains(sql.getSQLState().substring(0, 2))) {
                return true;
            }
            if (cause.getMessage() != null && cause.getMessage().contains("Acquisition timeout")) {
                return true;
            }
        }
        return false;
    }

    /** An event whose data does not bind to the payload of its type: retrying cannot help. */
    private static boolean isUnreadable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IllegalArgumentException) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static Map<TopicPartition, OffsetAndMetadata> nextOffsets(ConsumerRecords<String, String> records) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition partition : records.partitions()) {
            List<ConsumerRecord<String, String>> batch = records.records(partition);
            offsets.put(partition, new OffsetAndMetadata(batch.get(batch.size() - 1).offset() + 1));
        }
        return offsets;
    }

    private void rewind(ConsumerRecords<String, String> records) {
        for (TopicPartition partition : records.partitions()) {
            consumer.seek(partition, records.records(partition).get(0).offset());
        }
    }

    /** The lag per topic: from the last fetch where known, else from the end offsets (at most once a second). */
    private void updateLag() {
        Set<TopicPartition> assignment = consumer.assignment();
        if (assignment.isEmpty()) {
            return;
        }
        Map<String, Long> lag = new HashMap<>();
        boolean unknown = false;
        for (TopicPartition partition : assignment) {
            var known = consumer.currentLag(partition);
            if (known.isPresent()) {
                lag.merge(partition.topic(), known.getAsLong(), Long::sum);
            } else {
                unknown = true;
            }
        }
        if (unknown && Instant.now().isAfter(lastLagRefresh.plus(LAG_REFRESH))) {
            lastLagRefresh = Instant.now();
            lag.clear();
            consumer.endOffsets(assignment).forEach((partition, end) ->
                    lag.merge(partition.topic(), Math.max(0, end - consumer.position(partition)), Long::sum));
            unknown = false;
        }
        if (!unknown) {
            lagByTopic.putAll(lag);
            if (phase != Phase.REBUILD_REQUESTED) {
                // LIVE only while nothing waits: a burst of events (an import) is caught up with, not live
                phase = lag.values().stream().allMatch(value -> value == 0) ? Phase.LIVE : Phase.CATCHING_UP;
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}

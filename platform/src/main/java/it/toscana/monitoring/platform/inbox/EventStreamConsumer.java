package it.toscana.monitoring.platform.inbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import it.toscana.monitoring.events.CloudEvent;
import it.toscana.monitoring.events.EventJson;

/**
 * Feeds one projection from its topics: each polled batch is applied in one database
 * transaction together with the dedupe records, and offsets are committed only after that
 * transaction. Malformed envelopes are logged, counted and skipped; a failing batch is
 * retried from its first record, so nothing is lost and nothing counted twice.
 */
public class EventStreamConsumer {

    private static final Logger LOG = Logger.getLogger(EventStreamConsumer.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);

    private final Consumer<String, String> consumer;
    private final List<String> topics;
    private final EventHandler handler;
    private final EventInbox inbox;
    private final Counter malformed;
    private final Map<String, Long> lagByTopic = new ConcurrentHashMap<>();
    private final AtomicBoolean rebuildRequested = new AtomicBoolean();
    private volatile boolean running = true;
    private volatile Instant lastPoll;
    private final Thread worker;

    EventStreamConsumer(Consumer<String, String> consumer, List<String> topics, EventHandler handler,
            EventInbox inbox, Counter malformed, boolean rebuildAtStart) {
        this.consumer = consumer;
        this.topics = topics;
        this.handler = handler;
        this.inbox = inbox;
        this.malformed = malformed;
        this.rebuildRequested.set(rebuildAtStart);
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

    /** Drops the projection and replays every topic from its first offset, in the consumer's thread. */
    public void requestRebuild() {
        rebuildRequested.set(true);
    }

    public boolean isRebuildPending() {
        return rebuildRequested.get();
    }

    /** Records not yet applied, per topic, as of the last poll (absent until the first one). */
    public Map<String, Long> lagByTopic() {
        return Map.copyOf(lagByTopic);
    }

    /** Whether the loop is alive and has polled recently (for the readiness check). */
    public boolean isPolling(Duration within) {
        Instant last = lastPoll;
        return worker.isAlive() && last != null && last.isAfter(Instant.now().minus(within));
    }

    private void run() {
        try {
            consumer.subscribe(topics);
            while (running) {
                if (rebuildRequested.get()) {
                    rebuild();
                }
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
        LOG.infof("Projections dropped; replaying %s from the beginning", topics);
    }

    private void applyAndCommit(ConsumerRecords<String, String> records) {
        try {
            QuarkusTransaction.requiringNew().run(() -> applyAll(records));
            handler.committed();
            consumer.commitSync(nextOffsets(records));
        } catch (RuntimeException e) {
            LOG.warnf("Could not apply a batch of %d events, retrying: %s", records.count(), e.getMessage());
            rewind(records);
            pause();
        }
    }

    private void applyAll(ConsumerRecords<String, String> records) {
        List<Map.Entry<ConsumerRecord<String, String>, CloudEvent>> accepted = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            CloudEvent event = parse(record);
            if (event != null && inbox.accept(record.topic(), event)) {
                accepted.add(Map.entry(record, event));
            }
        }
        handler.prepare(accepted.stream().map(Map.Entry::getValue).toList());
        for (Map.Entry<ConsumerRecord<String, String>, CloudEvent> next : accepted) {
            try {
                handler.apply(next.getKey().topic(), next.getValue());
            } catch (IllegalArgumentException unreadablePayload) {
                // Its data does not bind to the payload of its type: retrying would stall the topic.
                dropped(next.getKey(), "data does not match " + next.getValue().type() + ": " + unreadablePayload.getMessage());
            }
        }
        handler.flush();
    }

    private CloudEvent parse(ConsumerRecord<String, String> record) {
        String problem;
        try {
            CloudEvent event = record.value() == null ? null
                    : EventJson.mapper().readValue(record.value(), CloudEvent.class);
            List<String> violations = event == null ? List.of("empty record") : event.violations();
            if (violations.isEmpty()) {
                return event;
            }
            problem = String.join("; ", violations);
        } catch (Exception e) {
            problem = "not a CloudEvents JSON envelope";
        }
        dropped(record, problem);
        return null;
    }

    private void dropped(ConsumerRecord<String, String> record, String problem) {
        malformed.increment();
        LOG.warnf("Dropped malformed event at %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), problem);
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

    private void updateLag() {
        Map<String, Long> lag = new HashMap<>();
        for (TopicPartition partition : consumer.assignment()) {
            consumer.currentLag(partition).ifPresent(value -> lag.merge(partition.topic(), value, Long::sum));
        }
        lagByTopic.putAll(lag);
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

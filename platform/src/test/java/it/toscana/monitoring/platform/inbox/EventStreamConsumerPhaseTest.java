package it.toscana.monitoring.platform.inbox;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import it.toscana.monitoring.events.CloudEvent;

/** What the consumer says it is doing, from the lag Kafka reports: a client can tell "catching up" from "live". */
class EventStreamConsumerPhaseTest {

    private static final TopicPartition PARTITION = new TopicPartition("funding.events", 0);

    private final MockConsumer<String, String> kafka = new MockConsumer<>("earliest");
    private EventStreamConsumer consumer;

    @AfterEach
    void stop() throws InterruptedException {
        consumer.stop();
    }

    @Test
    void recordsWaitingMakeItCatchingUpUntilNoneWaitsWhenItIsLive() {
        kafka.schedulePollTask(() -> {
            kafka.rebalance(List.of(PARTITION));
            kafka.updateBeginningOffsets(Map.of(PARTITION, 0L));
            kafka.updateEndOffsets(Map.of(PARTITION, 0L));
        });
        consumer = new EventStreamConsumer(kafka, "projections", List.of(PARTITION.topic()), new NothingToApply(), null, null,
                new EventStreamConsumer.Counters(() -> { }, () -> { }, () -> { }), false);
        consumer.start();
        awaitPhase(EventStreamConsumer.Phase.LIVE);

        kafka.updateEndOffsets(Map.of(PARTITION, 700L)); // a burst published (an ERP import), none applied yet
        awaitPhase(EventStreamConsumer.Phase.CATCHING_UP);
        assertEquals(Map.of(PARTITION.topic(), 700L), consumer.lagByTopic());

        kafka.updateEndOffsets(Map.of(PARTITION, 0L)); // nothing waits any more
        awaitPhase(EventStreamConsumer.Phase.LIVE);
        assertEquals(Map.of(PARTITION.topic(), 0L), consumer.lagByTopic());
    }

    private void awaitPhase(EventStreamConsumer.Phase phase) {
        await("phase " + phase).atMost(Duration.ofSeconds(10)).until(() -> consumer.status().phase() == phase);
    }

    /** The records never come: the test moves only the end offsets. */
    private static final class NothingToApply implements EventHandler {

        @Override
        public void apply(String topic, CloudEvent event) {
            throw new AssertionError("no record was published");
        }

        @Override
        public void reset() {
        }
    }
}

package it.toscana.monitoring.platform.inbox;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import it.toscana.monitoring.platform.kafka.KafkaClients;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Starts and stops the {@link EventStreamConsumer}s of a service. */
@ApplicationScoped
public class EventConsumers {

    @Inject
    KafkaClients kafka;

    @Inject
    EventInbox inbox;

    @Inject
    MeterRegistry metrics;

    private final List<EventStreamConsumer> started = new CopyOnWriteArrayList<>();

    public EventStreamConsumer start(String groupId, List<String> topics, EventHandler handler, boolean rebuildAtStart) {
        Counter malformed = Counter.builder("events.malformed")
                .description("Events dropped because their envelope was invalid")
                .tag("group", groupId)
                .register(metrics);
        EventStreamConsumer consumer = new EventStreamConsumer(kafka.consumer(groupId), topics, handler, inbox,
                malformed, rebuildAtStart);
        started.add(consumer);
        consumer.start();
        return consumer;
    }

    void stopAll(@Observes ShutdownEvent shutdown) throws InterruptedException {
        for (EventStreamConsumer consumer : started) {
            consumer.stop();
        }
    }
}

package it.toscana.monitoring.platform.inbox;

import java.util.List;
import java.util.Optional;
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
    DeadLetters deadLetters;

    @Inject
    MeterRegistry metrics;

    private final List<EventStreamConsumer> started = new CopyOnWriteArrayList<>();

    public EventStreamConsumer start(String groupId, List<String> topics, EventHandler handler, boolean rebuildAtStart) {
        EventStreamConsumer.Counters counters = new EventStreamConsumer.Counters(
                counter("events.malformed", "Events dropped because their envelope was invalid", groupId)::increment,
                counter("events.forged", "Events dropped because their topic's owner could not have written them",
                        groupId)::increment,
                counter("events.dead.lettered", "Events parked in the dead-letter table after their retries",
                        groupId)::increment);
        EventStreamConsumer consumer = new EventStreamConsumer(kafka.consumer(groupId), groupId, topics, handler, inbox,
                deadLetters, counters, rebuildAtStart);
        started.add(consumer);
        consumer.start();
        return consumer;
    }

    /** The consumer of a group in this service. */
    public Optional<EventStreamConsumer> byGroup(String group) {
        return started.stream().filter(consumer -> consumer.group().equals(group)).findFirst();
    }

    void stopAll(@Observes ShutdownEvent shutdown) throws InterruptedException {
        for (EventStreamConsumer consumer : started) {
            consumer.stop();
        }
    }

    private Counter counter(String name, String description, String group) {
        return Counter.builder(name).description(description).tag("group", group).register(metrics);
    }
}

package it.toscana.monitoring.platform.inbox;

import it.toscana.monitoring.events.CloudEvent;

/** A projection fed by an {@link EventStreamConsumer}; {@code apply} and {@code reset} run inside its transaction. */
public interface EventHandler {

    /** Applies an event that is new and newer than anything applied to its aggregate. */
    void apply(String topic, CloudEvent event);

    /** Drops everything built from events, before a replay from the beginning. */
    void reset();

    /** Called after each applied batch is committed (outside the transaction), e.g. to notify subscribers. */
    default void committed() {
    }
}

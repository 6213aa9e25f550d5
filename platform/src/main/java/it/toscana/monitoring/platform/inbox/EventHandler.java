package it.toscana.monitoring.platform.inbox;

import java.util.List;

import it.toscana.monitoring.events.CloudEvent;

/**
 * A projection fed by an {@link EventStreamConsumer}. For each polled batch, in one transaction:
 * {@link #prepare} with the batch's new events, {@link #apply} for each in order, then {@link #flush}.
 */
public interface EventHandler {

    /** Starts a batch: a projection may read what it needs for all of these events at once. */
    default void prepare(List<CloudEvent> events) {
    }

    /** Applies an event that is new and newer than anything applied to its aggregate. */
    void apply(String topic, CloudEvent event);

    /** Writes what the batch changed, before its transaction commits. */
    default void flush() {
    }

    /** Drops everything built from events, before a replay from the beginning. */
    void reset();

    /** Called after each applied batch is committed (outside the transaction), e.g. to notify subscribers. */
    default void committed() {
    }
}

package it.toscana.monitoring.platform.outbox;

import java.time.Instant;

import com.fasterxml.jackson.core.JsonProcessingException;

import it.toscana.monitoring.events.CloudEvent;
import it.toscana.monitoring.events.EventJson;
import it.toscana.monitoring.events.Versioned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

/**
 * Records an event in the caller's business transaction. Nothing is sent here: the relay
 * publishes after the commit, so a rolled-back change never produces an event.
 */
@ApplicationScoped
public class EventOutbox {

    private static final String WAKE_UP_REGISTERED = EventOutbox.class.getName() + ".wakeUp";

    @Inject
    OutboxConfig config;

    @Inject
    OutboxRelay relay;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent publish(String topic, String type, Versioned state) {
        CloudEvent event = CloudEvent.of(config.source(), type, state.aggregateId(),
                EventJson.mapper().valueToTree(state));
        OutboxEvent row = new OutboxEvent();
        row.id = event.id();
        row.topic = topic;
        row.aggregateId = state.aggregateId();
        row.eventType = type;
        row.envelope = toJson(event);
        row.createdAt = Instant.now();
        row.persist();
        wakeRelayAfterCommit();
        return event;
    }

    private void wakeRelayAfterCommit() {
        if (transactions.getResource(WAKE_UP_REGISTERED) != null) {
            return;
        }
        transactions.putResource(WAKE_UP_REGISTERED, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wakeUp();
                }
            }
        });
    }

    private static String toJson(CloudEvent event) {
        try {
            return EventJson.mapper().writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event cannot be serialised: " + event.type(), e);
        }
    }
}

package it.toscana.monitoring.events.deployment;

import it.toscana.monitoring.events.Versioned;

/** InterPro electronic protocol of one entity: its status and the messages exchanged in the last reported period. */
public record InterProState(
        String id,
        String communityCode,
        String entity,
        String istatCode,
        Status status,
        long messagesExchanged,
        String messagesPeriod,
        long version) implements Versioned {

    public enum Status {
        NOT_STARTED, IN_PROGRESS, ACTIVE
    }

    @Override
    public String aggregateId() {
        return id;
    }
}

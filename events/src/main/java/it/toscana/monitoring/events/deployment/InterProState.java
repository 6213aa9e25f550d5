package it.toscana.monitoring.events.deployment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import it.toscana.monitoring.events.VersionedById;

/** InterPro electronic protocol of one entity: its status and the messages exchanged in the last reported period. */
public record InterProState(
        String id,
        String communityCode,
        String entity,
        String istatCode,
        Status status,
        long messagesExchanged,
        String messagesPeriod,
        long version) implements VersionedById {

    @Schema(name = "InterProStatus", description = "Where a municipality's InterPro (CART protocol interoperability) stands")
    public enum Status {
        NOT_STARTED, IN_PROGRESS, ACTIVE
    }
}

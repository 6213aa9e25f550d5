package it.toscana.monitoring.events.deployment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import it.toscana.monitoring.events.SourceReference;
import it.toscana.monitoring.events.VersionedById;

/** VoIP switchboards and terminals of one entity (a community or a municipality). */
public record VoipInstallationState(
        String id,
        String communityCode,
        String istatCode,
        String entity,
        Status status,
        Integer switchboards,
        Integer terminals,
        boolean terminalsApproximate,
        String phase,
        String notes,
        SourceReference source,
        long version) implements VersionedById {

    @Schema(name = "VoipInstallationStatus", description = "Where a VoIP installation stands")
    public enum Status {
        PLANNED, IN_PROGRESS, ACTIVE
    }
}

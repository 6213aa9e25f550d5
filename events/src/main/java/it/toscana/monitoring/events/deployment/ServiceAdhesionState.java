package it.toscana.monitoring.events.deployment;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import it.toscana.monitoring.events.DateSource;
import it.toscana.monitoring.events.SourceReference;
import it.toscana.monitoring.events.VersionedById;

/**
 * Where one entity (a municipality, or the community itself) stands with one of the regional services the
 * booklets follow per entity: the START e-procurement platform, the SUAP network (Rete regionale dei SUAP) and
 * the URP network (Rete URP). {@code since}: as in every dated rollout fact, never null.
 */
public record ServiceAdhesionState(
        String id,
        String communityCode,
        String istatCode,
        String entity,
        Service service,
        Status status,
        Boolean staffTrained,
        String notes,
        SourceReference source,
        LocalDate since,
        DateSource sinceSource,
        long version) implements VersionedById {

    @Schema(name = "RegionalService", description = "START (e-procurement platform), SUAP (network of one-stop shops "
            + "for businesses), URP (network of public information offices)")
    public enum Service {
        START, SUAP, URP
    }

    @Schema(name = "ServiceAdhesionStatus", description = "PLANNED: foreseen, not yet joined; JOINED: takes part (an "
            + "agreement or a funded project), work not reported under way; IN_PROGRESS: the entity's own work is under "
            + "way; ACTIVE: in use")
    public enum Status {
        PLANNED, JOINED, IN_PROGRESS, ACTIVE
    }
}

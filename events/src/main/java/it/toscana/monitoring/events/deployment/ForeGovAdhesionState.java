package it.toscana.monitoring.events.deployment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import it.toscana.monitoring.events.SourceReference;
import it.toscana.monitoring.events.VersionedById;

/** One entity's adhesion to FORe-gov training: joined or expected, with its managers and employees trained. */
public record ForeGovAdhesionState(
        String id,
        String communityCode,
        String istatCode,
        String entity,
        Status status,
        Integer managers,
        Integer employees,
        String notes,
        SourceReference source,
        long version) implements VersionedById {

    @Schema(name = "ForeGovAdhesionStatus", description = "Whether a FORe-gov adhesion is expected or made")
    public enum Status {
        EXPECTED, JOINED
    }
}

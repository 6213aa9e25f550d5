package it.toscana.monitoring.events.deployment;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import it.toscana.monitoring.events.SourceReference;
import it.toscana.monitoring.events.VersionedById;

/**
 * A judicial office on the online registry (Cancelleria telematica). {@code activation} is ISO
 * with the precision printed: {@code 2004}, {@code 2009-03} or {@code 2008-06-20}.
 */
public record JusticeOfficeState(
        String id,
        String communityCode,
        String istatCode,
        String office,
        Status status,
        String activation,
        Integer magistrates,
        Integer lawyers,
        Long accesses,
        LocalDate accessesSince,
        String target,
        String notes,
        SourceReference source,
        long version) implements VersionedById {

    @Schema(name = "JusticeOfficeStatus", description = "Where a justice office stands")
    public enum Status {
        PLANNED, ACTIVE
    }
}

package it.toscana.monitoring.events.deployment;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import it.toscana.monitoring.events.SourceReference;
import it.toscana.monitoring.events.VersionedById;

/** One phase of a telecentre: where it is, its workstations and the jobs it created (or aims at). */
public record TelecentreState(
        String id,
        String communityCode,
        String istatCode,
        String phase,
        Status status,
        String location,
        String managedBy,
        Integer workstations,
        Integer teacherWorkstations,
        Integer jobsCreated,
        Integer jobsTarget,
        BigDecimal regionalFunding,
        BigDecimal totalProjectCost,
        String completionTarget,
        String notes,
        SourceReference source,
        long version) implements VersionedById {

    @Schema(name = "TelecentreStatus", description = "Where a telecentre project stands")
    public enum Status {
        PLANNED, IN_PROGRESS, COMPLETED
    }
}

package it.toscana.monitoring.events.deployment;

import java.math.BigDecimal;
import java.time.LocalDate;

import it.toscana.monitoring.events.DateSource;
import it.toscana.monitoring.events.SourceReference;
import it.toscana.monitoring.events.VersionedById;

/**
 * A telecentre phase with the business date its state holds from,
 * version 2 of its event: {@link TelecentreState} plus
 * {@code since} (never null: the date the stated status or figures took effect, else the date of the
 * document that reports them, else the day deployment-service recorded them, as {@code sinceSource} says).
 */
public record TelecentreStateV2(
        String id,
        String communityCode,
        String istatCode,
        String phase,
        TelecentreState.Status status,
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
        LocalDate since,
        DateSource sinceSource,
        long version) implements VersionedById {

    /** A v1 payload as v2, for events still on the compacted topic: dated by the day of its event. */
    public static TelecentreStateV2 of(TelecentreState v1, LocalDate recordedOn) {
        return new TelecentreStateV2(v1.id(), v1.communityCode(), v1.istatCode(), v1.phase(), v1.status(),
                v1.location(), v1.managedBy(), v1.workstations(), v1.teacherWorkstations(), v1.jobsCreated(),
                v1.jobsTarget(), v1.regionalFunding(), v1.totalProjectCost(), v1.completionTarget(), v1.notes(),
                v1.source(), recordedOn, DateSource.RECORDING_DATE, v1.version());
    }
}

package it.toscana.monitoring.events.deployment;

import java.time.LocalDate;

import it.toscana.monitoring.events.DateSource;
import it.toscana.monitoring.events.SourceReference;
import it.toscana.monitoring.events.VersionedById;

/**
 * A FORe-gov adhesion with the business date its state holds from,
 * version 2 of its event: {@link ForeGovAdhesionState} plus
 * {@code since} (never null: the date the stated status or figures took effect, else the date of the
 * document that reports them, else the day deployment-service recorded them, as {@code sinceSource} says).
 */
public record ForeGovAdhesionStateV2(
        String id,
        String communityCode,
        String istatCode,
        String entity,
        ForeGovAdhesionState.Status status,
        Integer managers,
        Integer employees,
        String notes,
        SourceReference source,
        LocalDate since,
        DateSource sinceSource,
        long version) implements VersionedById {

    /** A v1 payload as v2, for events still on the compacted topic: dated by the day of its event. */
    public static ForeGovAdhesionStateV2 of(ForeGovAdhesionState v1, LocalDate recordedOn) {
        return new ForeGovAdhesionStateV2(v1.id(), v1.communityCode(), v1.istatCode(), v1.entity(), v1.status(),
                v1.managers(), v1.employees(), v1.notes(), v1.source(), recordedOn, DateSource.RECORDING_DATE,
                v1.version());
    }
}

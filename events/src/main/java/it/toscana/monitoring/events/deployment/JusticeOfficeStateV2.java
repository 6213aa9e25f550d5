package it.toscana.monitoring.events.deployment;

import java.time.LocalDate;

import it.toscana.monitoring.events.DateSource;
import it.toscana.monitoring.events.SourceReference;
import it.toscana.monitoring.events.VersionedById;

/**
 * A judicial office on the online registry with the business date its state holds from,
 * version 2 of its event: {@link JusticeOfficeState} plus
 * {@code since} (never null: the date the stated status or figures took effect, else the date of the
 * document that reports them, else the day deployment-service recorded them, as {@code sinceSource} says).
 */
public record JusticeOfficeStateV2(
        String id,
        String communityCode,
        String istatCode,
        String office,
        JusticeOfficeState.Status status,
        String activation,
        Integer magistrates,
        Integer lawyers,
        Long accesses,
        LocalDate accessesSince,
        String target,
        String notes,
        SourceReference source,
        LocalDate since,
        DateSource sinceSource,
        long version) implements VersionedById {

    /** A v1 payload as v2, for events still on the compacted topic: dated by the day of its event. */
    public static JusticeOfficeStateV2 of(JusticeOfficeState v1, LocalDate recordedOn) {
        return new JusticeOfficeStateV2(v1.id(), v1.communityCode(), v1.istatCode(), v1.office(), v1.status(),
                v1.activation(), v1.magistrates(), v1.lawyers(), v1.accesses(), v1.accessesSince(), v1.target(),
                v1.notes(), v1.source(), recordedOn, DateSource.RECORDING_DATE, v1.version());
    }
}

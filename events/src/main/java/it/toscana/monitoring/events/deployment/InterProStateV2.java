package it.toscana.monitoring.events.deployment;

import java.time.LocalDate;

import it.toscana.monitoring.events.DateSource;
import it.toscana.monitoring.events.VersionedById;

/**
 * An entity's InterPro protocol status with the business date its state holds from,
 * version 2 of its event: {@link InterProState} plus
 * {@code since} (never null: the date the stated status or figures took effect, else the date of the
 * document that reports them, else the day deployment-service recorded them, as {@code sinceSource} says).
 */
public record InterProStateV2(
        String id,
        String communityCode,
        String entity,
        String istatCode,
        InterProState.Status status,
        long messagesExchanged,
        String messagesPeriod,
        LocalDate since,
        DateSource sinceSource,
        long version) implements VersionedById {

    /** A v1 payload as v2, for events still on the compacted topic: dated by the day of its event. */
    public static InterProStateV2 of(InterProState v1, LocalDate recordedOn) {
        return new InterProStateV2(v1.id(), v1.communityCode(), v1.entity(), v1.istatCode(), v1.status(),
                v1.messagesExchanged(), v1.messagesPeriod(), recordedOn, DateSource.RECORDING_DATE, v1.version());
    }
}

package it.toscana.monitoring.events.deployment;

import java.time.LocalDate;
import java.util.List;

import it.toscana.monitoring.events.DateSource;
import it.toscana.monitoring.events.VersionedById;

/**
 * A CART NAL node with the business date its state holds from,
 * version 2 of its event: {@link NalNodeState} plus
 * {@code since} (never null: the date the stated status or figures took effect, else the date of the
 * document that reports them, else the day deployment-service recorded them, as {@code sinceSource} says).
 */
public record NalNodeStateV2(
        String id,
        String communityCode,
        String hostEntity,
        String hostIstatCode,
        List<String> userEntities,
        BroadbandState.RolloutStatus status,
        LocalDate since,
        DateSource sinceSource,
        long version) implements VersionedById {

    /** A v1 payload as v2, for events still on the compacted topic: dated by the day of its event. */
    public static NalNodeStateV2 of(NalNodeState v1, LocalDate recordedOn) {
        return new NalNodeStateV2(v1.id(), v1.communityCode(), v1.hostEntity(), v1.hostIstatCode(),
                v1.userEntities(), v1.status(), recordedOn, DateSource.RECORDING_DATE, v1.version());
    }
}

package it.toscana.monitoring.gateway.rest;

import java.time.Instant;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import it.toscana.monitoring.platform.inbox.EventStreamConsumer;

/** What the projections are doing: a rebuild asked for, replaying or catching up, or live; how far they are. */
public record ProjectionsStatus(
        @Schema(description = "A rebuild was asked for and has not started its replay yet") boolean rebuildPending,
        @Schema(description = "STARTING, REBUILD_REQUESTED, CATCHING_UP (records wait: replaying after a rebuild or a restart, or behind a burst of events) or LIVE (no record waits)")
        EventStreamConsumer.Phase phase,
        @Schema(description = "Events applied (or skipped as duplicates) since the gateway started") long eventsApplied,
        @Schema(description = "Of which since the last rebuild started") long eventsAppliedSinceRebuild,
        Instant rebuildStartedAt,
        @Schema(description = "Records published but not yet applied, per topic") Map<String, Long> lagByTopic) {

    static ProjectionsStatus of(boolean rebuildPending, EventStreamConsumer.Status status) {
        return new ProjectionsStatus(rebuildPending, status.phase(), status.eventsApplied(),
                status.eventsAppliedSinceRebuild(), status.rebuildStartedAt(), status.lagByTopic());
    }
}

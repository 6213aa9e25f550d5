package it.toscana.monitoring.gateway.consume;

import java.util.List;
import java.util.Map;

import io.quarkus.runtime.StartupEvent;
import it.toscana.monitoring.events.CloudEvent;
import it.toscana.monitoring.events.Topics;
import it.toscana.monitoring.gateway.config.GatewayConfig;
import it.toscana.monitoring.gateway.projection.Projections;
import it.toscana.monitoring.gateway.changes.ChangeLog;
import it.toscana.monitoring.gateway.projection.TotalsLedger.Applied;
import it.toscana.monitoring.gateway.stream.LiveChanges;
import it.toscana.monitoring.gateway.totals.TotalsCache;
import it.toscana.monitoring.platform.inbox.EventConsumers;
import it.toscana.monitoring.platform.inbox.EventHandler;
import it.toscana.monitoring.platform.inbox.EventStreamConsumer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Feeds the gateway's projections from the three services' topics and announces committed changes. */
@ApplicationScoped
public class ProjectionFeed implements EventHandler {

    static final List<String> TOPICS = List.of(Topics.TERRITORY, Topics.FUNDING, Topics.DEPLOYMENT);

    @Inject
    EventConsumers consumers;

    @Inject
    Projections projections;

    @Inject
    LiveChanges changes;

    @Inject
    ChangeLog changeLog;

    @Inject
    GatewayConfig config;

    @Inject
    TotalsCache cache;

    private volatile EventStreamConsumer consumer;

    @Inject
    RebuildRequests rebuildRequests;

    void start(@Observes StartupEvent startup) {
        consumer = consumers.start(config.consumerGroup(), TOPICS, this,
                config.rebuildAtStart() || rebuildRequests.pending());
    }

    @Override
    public void prepare(List<CloudEvent> events) {
        changeLog.begin();
        projections.prepare(events);
    }

    @Override
    public void apply(String topic, CloudEvent event) {
        Applied applied = projections.apply(topic, event);
        changeLog.record(event, applied.communities(), applied.businessDay());
    }

    @Override
    public void flush() {
        projections.flush();
        changeLog.flush();
    }

    /**
     * Also answers a rebuild a migration asked for: the replay is under way. The change log is kept: the
     * replay logs only versions it does not hold, so the clients' cursors stay valid.
     */
    @Override
    public void reset() {
        projections.reset();
        rebuildRequests.clear();
    }

    /** After the commit: new reads see the change before any stream subscriber is told of it. */
    @Override
    public void committed() {
        cache.invalidate();
        changes.announce();
    }

    /** Drops the projections and replays every topic from the beginning (asynchronously). */
    public void requestRebuild() {
        consumer.requestRebuild();
    }

    public boolean isRebuildPending() {
        return consumer.isRebuildPending();
    }

    public EventStreamConsumer.Status status() {
        return consumer.status();
    }

    /** Records published but not yet applied, per topic. */
    public Map<String, Long> lagByTopic() {
        return consumer.lagByTopic();
    }
}

package it.toscana.monitoring.platform.territory;

import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;
import it.toscana.monitoring.events.CloudEvent;
import it.toscana.monitoring.events.Topics;
import it.toscana.monitoring.platform.inbox.EventConsumers;
import it.toscana.monitoring.platform.inbox.EventHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Keeps the {@link TerritoryReplica} of a producing service (funding, deployment) current. Off by
 * default; enabled with {@code platform.territory-replica.enabled=true}. The gateway feeds the
 * replica from its own consumer instead.
 */
@ApplicationScoped
public class TerritoryReplicaFeed implements EventHandler {

    @Inject
    EventConsumers consumers;

    @Inject
    TerritoryReplica replica;

    @ConfigProperty(name = "platform.territory-replica.enabled", defaultValue = "false")
    boolean enabled;

    @ConfigProperty(name = "quarkus.application.name")
    String application;

    void start(@Observes StartupEvent startup) {
        if (enabled) {
            consumers.start(application + "-territory-replica", List.of(Topics.TERRITORY), this, false);
        }
    }

    @Override
    public void apply(String topic, CloudEvent event) {
        replica.apply(event);
    }

    @Override
    public void reset() {
        replica.reset();
    }
}

package it.toscana.monitoring.platform.kafka;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import it.toscana.monitoring.events.Topics;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Creates the contract's topics when they are missing: several partitions, compacted by key so
 * that a rebuild finds the last state of every aggregate. Existing topics are left as they are.
 */
@ApplicationScoped
public class TopicProvisioner {

    private static final Logger LOG = Logger.getLogger(TopicProvisioner.class);

    @Inject
    KafkaClients kafka;

    @ConfigProperty(name = "platform.kafka.provision-topics", defaultValue = "true")
    boolean enabled;

    // Before the relay and the consumers start.
    void provision(@Observes @Priority(1) StartupEvent startup) {
        if (!enabled) {
            return;
        }
        try (Admin admin = kafka.admin()) {
            Set<String> existing = admin.listTopics().names().get(15, TimeUnit.SECONDS);
            List<NewTopic> missing = Topics.ALL.stream()
                    .filter(topic -> !existing.contains(topic))
                    .map(topic -> new NewTopic(topic, Optional.of(Topics.PARTITIONS), Optional.empty())
                            .configs(Topics.SETTINGS))
                    .toList();
            for (Map.Entry<String, KafkaFuture<Void>> creation : admin.createTopics(missing).values().entrySet()) {
                try {
                    creation.getValue().get(15, TimeUnit.SECONDS);
                    LOG.infof("Created topic %s", creation.getKey());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) { // another service was quicker
                        throw e;
                    }
                }
            }
        } catch (Exception e) {
            // The relay and the consumers retry on their own; the broker may also auto-create.
            LOG.warnf("Could not provision topics %s: %s", Topics.ALL, e.getMessage());
        }
    }
}

package it.toscana.monitoring.deployment;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import it.toscana.monitoring.events.EventJson;
import it.toscana.monitoring.events.Topics;
import it.toscana.monitoring.testsupport.TopicReader;

/** deployment-service's events, read back from the real topic. */
final class DeploymentTopic {

    private DeploymentTopic() {
    }

    /** The aggregate's event with that version (its payload's), waiting for it to arrive. */
    static JsonNode eventOf(String key, long version) {
        List<ConsumerRecord<String, String>> records = TopicReader.readUntil(Topics.DEPLOYMENT,
                record -> key.equals(record.key()) && json(record.value()).at("/data/version").asLong(-1) == version,
                Duration.ofSeconds(30));
        return json(records.get(records.size() - 1).value());
    }

    private static JsonNode json(String value) {
        try {
            return EventJson.mapper().readTree(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Not an event: " + value, e);
        }
    }
}

package it.toscana.monitoring.funding;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import it.toscana.monitoring.events.EventJson;
import it.toscana.monitoring.events.Topics;
import it.toscana.monitoring.testsupport.TopicReader;

/** Events read back from the real funding.events topic. */
final class FundingTopic {

    static final Duration WITHIN = Duration.ofSeconds(30);

    private FundingTopic() {
    }

    /** The event of this type, subject and version, waiting for it to be published. */
    static JsonNode awaitEvent(String type, String subject, long version) {
        Predicate<JsonNode> wanted = event -> type.equals(event.get("type").asText())
                && subject.equals(event.get("subject").asText()) && event.at("/data/version").asLong() == version;
        List<ConsumerRecord<String, String>> records = TopicReader.readUntil(Topics.FUNDING,
                record -> subject.equals(record.key()) && wanted.test(read(record.value())), WITHIN);
        return read(records.get(records.size() - 1).value());
    }

    static JsonNode read(String json) {
        try {
            return EventJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

package it.toscana.monitoring.gateway.asyncapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;

import it.toscana.monitoring.events.EventCatalogue;
import it.toscana.monitoring.events.EventCatalogue.EventType;
import it.toscana.monitoring.events.EventJson;
import it.toscana.monitoring.events.Topics;

/**
 * The committed {@code api/asyncapi.json} against the event contract itself: every event type has its message
 * on its topic, with its version, and each payload's fields are the ones the event mapping writes (checked
 * with Jackson's own view of the records, down to nested records and enum values).
 */
class AsyncApiContractTest {

    private static final Path COMMITTED = Path.of("..", "api", "asyncapi.json");
    private static final ObjectMapper EVENTS = EventJson.mapper();

    private static JsonNode document;

    @BeforeAll
    static void read() throws IOException {
        document = new ObjectMapper().readTree(COMMITTED.toFile());
    }

    @Test
    void everyEventTypeHasItsMessageOnItsTopicWithItsVersion() {
        List<String> missing = new ArrayList<>();
        Set<String> named = new HashSet<>();
        document.path("components").path("messages").forEach(message -> named.add(message.path("name").asText()));
        for (EventType type : EventCatalogue.ALL) {
            JsonNode message = messageOf(type);
            if (message == null || message.path("x-event-version").asInt() != type.version()) {
                missing.add(type.type());
            }
        }
        assertTrue(missing.isEmpty(), "event types without their message (or version) on their topic: " + missing);
        assertEquals(EventCatalogue.ALL.size(), named.size(), "messages for types the contract does not have");
    }

    @Test
    void everyPayloadHasTheFieldsTheEventMappingWrites() {
        List<String> differences = new ArrayList<>();
        for (EventType type : EventCatalogue.ALL) {
            JsonNode message = messageOf(type);
            if (message != null) {
                String ref = message.path("payload").path("allOf").path(1).path("properties").path("data").path("$ref").asText();
                compare(EVENTS.constructType(type.payload()), schemaAt(ref), type.type(), differences, new HashSet<>());
            }
        }
        assertTrue(differences.isEmpty(), "payload schemas that differ from the records: " + differences);
    }

    @Test
    void everyTopicStatesItsKeyCompactionAndPartitions() {
        for (String topic : Topics.ALL) {
            JsonNode channel = channelOf(topic);
            assertTrue(channel != null, "no channel for " + topic);
            JsonNode kafka = channel.path("bindings").path("kafka");
            assertEquals(Topics.PARTITIONS, kafka.path("partitions").asInt(), topic);
            assertEquals(Topics.SETTINGS.get("cleanup.policy"), kafka.path("topicConfiguration").path("cleanup.policy").path(0).asText(), topic);
        }
        document.path("components").path("messages").forEach(message -> assertEquals("string",
                message.path("bindings").path("kafka").path("key").path("type").asText(), message.path("name").asText()));
    }

    /** A field added to, dropped from or renamed in a record, or an enum value changed, is a difference. */
    private static void compare(JavaType type, JsonNode schema, String where, List<String> differences, Set<Class<?>> seen) {
        if (!seen.add(type.getRawClass())) {
            return;
        }
        if (type.isEnumType()) {
            List<String> values = Arrays.stream(type.getRawClass().getEnumConstants()).map(value -> ((Enum<?>) value).name()).toList();
            List<String> documented = new ArrayList<>();
            schema.path("enum").forEach(value -> documented.add(value.asText()));
            if (!values.equals(documented)) {
                differences.add(where + ": enum " + documented + " is " + values);
            }
            return;
        }
        List<BeanPropertyDefinition> properties = EVENTS.getSerializationConfig().introspect(type).findProperties();
        Set<String> written = new HashSet<>();
        properties.forEach(property -> written.add(property.getName()));
        Set<String> documented = new HashSet<>();
        schema.path("properties").fieldNames().forEachRemaining(documented::add);
        if (!written.equals(documented)) {
            differences.add(where + ": documents " + documented + ", writes " + written);
            return;
        }
        for (BeanPropertyDefinition property : properties) {
            JavaType propertyType = property.getPrimaryType();
            JavaType valueType = propertyType.isCollectionLikeType() ? propertyType.getContentType() : propertyType;
            if (valueType.isEnumType() || valueType.getRawClass().isRecord()) {
                JsonNode propertySchema = schema.path("properties").path(property.getName());
                compare(valueType, schemaAt(propertySchema.findValue("$ref").asText()), where + "." + property.getName(), differences, seen);
            }
        }
    }

    private static JsonNode messageOf(EventType type) {
        JsonNode channel = channelOf(type.topic());
        if (channel == null) {
            return null;
        }
        for (JsonNode reference : channel.path("messages")) {
            JsonNode message = schemaAt(reference.path("$ref").asText());
            if (message.path("name").asText().equals(type.type())) {
                return message;
            }
        }
        return null;
    }

    private static JsonNode channelOf(String topic) {
        for (JsonNode channel : document.path("channels")) {
            if (channel.path("address").asText().equals(topic)) {
                return channel;
            }
        }
        return null;
    }

    /** The node a local reference ({@code #/components/...}) points at. */
    private static JsonNode schemaAt(String reference) {
        return document.at(reference.substring(1));
    }
}

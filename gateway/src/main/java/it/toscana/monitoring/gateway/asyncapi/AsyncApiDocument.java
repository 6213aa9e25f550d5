package it.toscana.monitoring.gateway.asyncapi;

import java.util.Arrays;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import it.toscana.monitoring.events.CloudEvent;
import it.toscana.monitoring.events.EventCatalogue;
import it.toscana.monitoring.events.EventCatalogue.EventType;
import it.toscana.monitoring.events.Topics;

/**
 * The AsyncAPI 3.0 document of the three topics, generated from the event contract: the topics and their
 * settings ({@link Topics}), every event type with its payload record ({@link EventCatalogue}) and the
 * CloudEvents envelope around it. Committed as {@code api/asyncapi.json}; a test keeps the two equal.
 */
public final class AsyncApiDocument {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String KAFKA_BINDING = "0.5.0";
    private static final String ENVELOPE = "CloudEvent";
    private static final String CONTENT_TYPE = "application/cloudevents+json";

    private AsyncApiDocument() {
    }

    public static ObjectNode build() {
        ObjectNode document = JSON.objectNode().put("asyncapi", "3.0.0");
        document.putObject("info").put("title", "Monitoring events").put("version", "1.0.0")
                .put("description", "The events the three services publish: each the full new state of one aggregate with its "
                        + "version, in a CloudEvents 1.0 structured-mode envelope, keyed by the aggregate id. A consumer "
                        + "skips an event whose id it has processed or whose data.version is not newer than the one it holds.");
        document.put("defaultContentType", CONTENT_TYPE);
        ObjectNode channels = document.putObject("channels");
        ObjectNode operations = document.putObject("operations");
        ObjectNode components = document.putObject("components");
        ObjectNode messages = components.putObject("messages");
        PayloadSchemas payloads = new PayloadSchemas();
        for (String topic : Topics.ALL) {
            String channelId = camel(topic);
            ObjectNode channel = channels.putObject(channelId).put("address", topic)
                    .put("description", "Published by " + Topics.OWNERS.get(topic).source().substring(1) + ". " + retention());
            channel.putObject("bindings").set("kafka", topicBinding(topic));
            ObjectNode channelMessages = channel.putObject("messages");
            ObjectNode operation = operations.putObject("publish" + Character.toUpperCase(channelId.charAt(0)) + channelId.substring(1))
                    .put("action", "send")
                    .put("description", Topics.OWNERS.get(topic).source().substring(1) + " publishes on " + topic
                            + " through its outbox, in the transaction of the change.");
            operation.putObject("channel").put("$ref", "#/channels/" + channelId);
            ArrayNode operationMessages = operation.putArray("messages");
            for (EventType type : EventCatalogue.ALL.stream().filter(type -> type.topic().equals(topic)).toList()) {
                String messageId = messageId(type);
                messages.set(messageId, message(type, payloads));
                channelMessages.putObject(messageId).put("$ref", "#/components/messages/" + messageId);
                operationMessages.addObject().put("$ref", "#/channels/" + channelId + "/messages/" + messageId);
            }
        }
        ObjectNode schemas = components.putObject("schemas");
        schemas.set(ENVELOPE, envelope());
        payloads.named().forEach(schemas::set);
        return document;
    }

    private static ObjectNode topicBinding(String topic) {
        ObjectNode binding = JSON.objectNode().put("topic", topic).put("partitions", Topics.PARTITIONS);
        ObjectNode configuration = binding.putObject("topicConfiguration");
        for (Map.Entry<String, String> setting : Topics.SETTINGS.entrySet()) {
            if (setting.getKey().equals("cleanup.policy")) { // the binding's only list-valued setting
                Arrays.stream(setting.getValue().split(",")).forEach(configuration.putArray(setting.getKey())::add);
            } else {
                configuration.put(setting.getKey(), Long.parseLong(setting.getValue()));
            }
        }
        return binding.put("bindingVersion", KAFKA_BINDING);
    }

    private static String retention() {
        return "Compacted by key (cleanup.policy " + Topics.SETTINGS.get("cleanup.policy") + "), nothing deleted by age or "
                + "size: the last state of every aggregate stays on the topic, so a consumer can rebuild from the start. "
                + "A deletion is an event carrying the last state with the next version, never a tombstone.";
    }

    private static ObjectNode message(EventType type, PayloadSchemas payloads) {
        ObjectNode message = JSON.objectNode().put("name", type.type())
                .put("title", type.aggregate() + " " + type.action() + " v" + type.version())
                .put("summary", "The full " + (type.action().equals("deleted") ? "last" : "new") + " state of one "
                        + type.aggregate() + ", as " + PayloadSchemas.nameOf(type.payload()) + " (event version "
                        + type.version() + ").")
                .put("contentType", CONTENT_TYPE);
        ObjectNode payload = message.putObject("payload");
        payload.putArray("allOf").addObject().put("$ref", "#/components/schemas/" + ENVELOPE);
        ObjectNode specific = ((ArrayNode) payload.get("allOf")).addObject().put("type", "object");
        ObjectNode properties = specific.putObject("properties");
        properties.putObject("type").put("const", type.type());
        properties.putObject("source").put("const", Topics.OWNERS.get(type.topic()).source());
        properties.set("data", payloads.reference(type.payload()));
        message.put("x-event-version", type.version());
        ObjectNode key = message.putObject("bindings").putObject("kafka");
        key.putObject("key").put("type", "string")
                .put("description", "The aggregate id, equal to the envelope's subject: one aggregate's events stay in order.");
        key.put("bindingVersion", KAFKA_BINDING);
        return message;
    }

    private static ObjectNode envelope() {
        ObjectNode schema = JSON.objectNode().put("type", "object")
                .put("description", "CloudEvents 1.0, structured mode: data is the aggregate's full new state with its version.");
        ObjectNode properties = schema.putObject("properties");
        properties.putObject("specversion").put("type", "string").put("const", CloudEvent.SPEC_VERSION);
        properties.putObject("id").put("type", "string").put("format", "uuid").put("description", "Unique per event; consumers record it to skip duplicates.");
        properties.putObject("source").put("type", "string").put("description", "The publishing service, e.g. /funding-service.");
        properties.putObject("type").put("type", "string").put("description", "The event type, ending in its version: ...allocation.upserted.v2.");
        properties.putObject("subject").put("type", "string").put("description", "The aggregate id; also the Kafka record key.");
        properties.putObject("time").put("type", "string").put("format", "date-time").put("description", "When the change was recorded.");
        properties.putObject("datacontenttype").put("type", "string").put("const", CloudEvent.JSON);
        properties.putObject("data").put("type", "object").put("description", "The aggregate's full state, with its version.");
        Arrays.stream(new String[] { "specversion", "id", "source", "type", "subject", "time", "data" }).forEach(schema.putArray("required")::add);
        return schema;
    }

    /** {@code allocationUpsertedV2} for {@code ...allocation.upserted.v2}. */
    private static String messageId(EventType type) {
        return camel(type.aggregate() + "." + type.action() + ".v" + type.version());
    }

    /** {@code fundingEvents} for {@code funding.events}, {@code nalNodeDeletedV2} for {@code nal-node.deleted.v2}. */
    private static String camel(String dotted) {
        String[] words = dotted.split("[.-]");
        StringBuilder camel = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            camel.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return camel.toString();
    }
}

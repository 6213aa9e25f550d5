package it.toscana.monitoring.gateway.proxy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import it.toscana.monitoring.platform.openapi.Glossary;
import it.toscana.monitoring.platform.rest.PageCsvWriter;

/**
 * An example on every request body and every 2xx response of the merged document, composed from its schema:
 * each field takes its value from the reference data ({@code openapi/examples.properties}, by
 * {@code Schema.field} or by field name), else the schema's own example, else the first value of its enum, else
 * a plain value of its type. A CSV answer's example is the JSON example's items as {@link PageCsvWriter} writes
 * them. An example written on the operation itself is kept.
 */
final class OpenApiExamples {

    private static final Properties VALUES = Glossary.load("openapi/examples.properties");
    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final Set<String> OPERATIONS = Set.of("get", "put", "post", "patch", "delete");
    /** Deep enough for every schema of the document; a deeper (recursive) field is left out. */
    private static final int MAX_DEPTH = 20;
    /** Exact decimals: the reference data's 430084.10 stays 430084.10. */
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(NODES);

    private final JsonNode schemas;
    /**
     * Whether an example shows every field (an answer), or only the required ones and those the reference data
     * fills, never a read-only one (a request).
     */
    private final boolean everyField;

    private OpenApiExamples(JsonNode schemas, boolean everyField) {
        this.schemas = schemas;
        this.everyField = everyField;
    }

    /**
     * A request's example is what a client would send; an answer's shows every field it may hold. A merge patch
     * changes one field of the resource its operation answers.
     */
    static void addTo(ObjectNode document) {
        JsonNode schemas = document.path("components").path("schemas");
        OpenApiExamples requests = new OpenApiExamples(schemas, false);
        OpenApiExamples answers = new OpenApiExamples(schemas, true);
        document.path("paths").forEach(item -> item.fields().forEachRemaining(operation -> {
            if (!OPERATIONS.contains(operation.getKey())) {
                return;
            }
            JsonNode answered = null;
            for (Map.Entry<String, JsonNode> response : iterable(operation.getValue().path("responses"))) {
                if (response.getKey().startsWith("2")) {
                    answered = answers.exemplify(response.getValue().path("content"), null);
                }
            }
            requests.exemplify(operation.getValue().path("requestBody").path("content"), answered);
        }));
    }

    /**
     * Adds an example to each media type of the content that has none.
     *
     * @param answered the operation's JSON answer example, for a merge patch's
     * @return the JSON example, if the content has one
     */
    private JsonNode exemplify(JsonNode content, JsonNode answered) {
        JsonNode jsonExample = null;
        for (Map.Entry<String, JsonNode> type : iterable(content)) {
            ObjectNode mediaType = (ObjectNode) type.getValue();
            if (!mediaType.has("schema")) {
                continue;
            }
            if (!hasExample(mediaType)) {
                boolean patch = type.getKey().equals(MERGE_PATCH) && answered != null;
                mediaType.set("example", patch ? patch(answered) : compose(mediaType.path("schema"), null, null, 0));
            }
            jsonExample = mediaType.path("example");
        }
        JsonNode csv = content.path(PageCsvWriter.TEXT_CSV);
        if (csv.isObject() && !hasExample(csv) && jsonExample != null) {
            ((ObjectNode) csv).put("example", PageCsvWriter.toCsv(rows(jsonExample)));
        }
        return jsonExample;
    }

    private static boolean hasExample(JsonNode mediaType) {
        return mediaType.has("example") || mediaType.has("examples");
    }

    /** The first field of the resource a client would typically patch ({@code default.patch}), with its value. */
    private static ObjectNode patch(JsonNode resource) {
        ObjectNode patch = NODES.objectNode();
        for (String field : value("patch").split(",")) {
            if (resource.has(field) && patch.isEmpty()) {
                patch.set(field, resource.path(field));
            }
        }
        return patch;
    }

    /** What a CSV answer has a row for: a page's items, or a series' points. */
    private static List<JsonNode> rows(JsonNode example) {
        JsonNode rows = example.has("items") ? example.path("items") : example.path("points");
        List<JsonNode> list = new ArrayList<>();
        rows.forEach(list::add);
        return list;
    }

    /**
     * @param field the field this schema is the value of, if any
     * @param owner the named schema that field belongs to, if any
     */
    private JsonNode compose(JsonNode schema, String field, String owner, int depth) {
        JsonNode known = field == null ? null : known(owner, field, schema);
        if (known != null) {
            return known;
        }
        if (schema.has("examples") && schema.path("examples").isArray() && !schema.path("examples").isEmpty()) {
            return schema.path("examples").get(0);
        }
        if (schema.has("example")) {
            return schema.path("example");
        }
        if (schema.has("$ref")) {
            String name = schema.path("$ref").asText().substring("#/components/schemas/".length());
            return compose(schemas.path(name), null, name, depth + 1);
        }
        if (schema.has("enum")) {
            for (JsonNode value : schema.path("enum")) {
                if (!value.isNull()) {
                    return value;
                }
            }
        }
        if (schema.has("allOf")) {
            ObjectNode all = NODES.objectNode();
            schema.path("allOf").forEach(part -> {
                JsonNode one = compose(part, field, owner, depth);
                if (one.isObject()) {
                    all.setAll((ObjectNode) one);
                }
            });
            if (schema.has("properties")) {
                // beside allOf, the schema's own properties hold too (a fact response: its request's fields, then id, version, updatedAt)
                all.setAll(object(schema, field, owner, depth));
            }
            return all;
        }
        for (String choice : List.of("anyOf", "oneOf")) {
            for (JsonNode alternative : schema.path(choice)) {
                if (!"null".equals(alternative.path("type").asText())) {
                    return compose(alternative, field, owner, depth);
                }
            }
        }
        return switch (type(schema)) {
            case "object" -> object(schema, field, owner, depth);
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (depth < MAX_DEPTH) {
                    array.add(compose(schema.path("items"), null, null, depth + 1));
                }
                yield array;
            }
            case "integer" -> NODES.numberNode(Math.max(1L, schema.path("minimum").asLong(1)));
            case "number" -> NODES.numberNode(new BigDecimal("1000.00").max(schema.path("minimum").decimalValue()));
            case "boolean" -> NODES.booleanNode(true);
            case "string" -> NODES.textNode(switch (schema.path("format").asText()) {
                case "date" -> value("date");
                case "date-time" -> value("date-time");
                case "uuid" -> value("uuid");
                default -> value("text");
            });
            default -> NODES.objectNode();
        };
    }

    private ObjectNode object(JsonNode schema, String field, String owner, int depth) {
        ObjectNode object = NODES.objectNode();
        if (depth >= MAX_DEPTH) {
            return object;
        }
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        for (Map.Entry<String, JsonNode> property : iterable(schema.path("properties"))) {
            String name = property.getKey();
            if (!everyField && property.getValue().path("readOnly").asBoolean()) {
                continue;
            }
            if (everyField || required.contains(name) || known(owner, name, property.getValue()) != null
                    || property.getValue().has("examples")) {
                object.set(name, compose(property.getValue(), name, owner, depth + 1));
            }
        }
        JsonNode values = schema.path("additionalProperties");
        if (values.isObject() && field != null) {
            String key = VALUES.getProperty(field + ".key", "key");
            object.set(key, compose(values, null, null, depth + 1));
        }
        return object;
    }

    /**
     * The reference data's value for this field, if it fits the schema's type: a string's value is its text, any
     * other is JSON (a field name means different things in different schemas: {@code community} is a code in
     * one and an object in another).
     */
    private JsonNode known(String owner, String field, JsonNode schema) {
        String value = owner == null ? null : VALUES.getProperty(owner + "." + field);
        if (value == null) {
            value = VALUES.getProperty(field);
        }
        if (value == null) {
            return null;
        }
        JsonNode target = resolved(schema);
        String type = type(target);
        if (type.equals("string")) {
            boolean allowed = !target.has("enum") || target.path("enum").toString().contains('"' + value + '"');
            return allowed ? NODES.textNode(value) : null;
        }
        JsonNode parsed;
        try {
            parsed = JSON.readTree(value);
        } catch (JsonProcessingException e) {
            return null;
        }
        boolean fits = switch (type) {
            case "object" -> parsed.isObject();
            case "array" -> parsed.isArray();
            case "integer" -> parsed.isIntegralNumber();
            case "number" -> parsed.isNumber();
            case "boolean" -> parsed.isBoolean();
            default -> !parsed.isTextual();
        };
        return fits ? parsed : null;
    }

    private JsonNode resolved(JsonNode schema) {
        return schema.has("$ref") ? schemas.path(schema.path("$ref").asText().substring("#/components/schemas/".length()))
                : schema;
    }

    /** The schema's type, the first that is not null where it lists several. */
    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (!"null".equals(one.asText())) {
                    return one.asText();
                }
            }
        }
        return type.asText(schema.has("properties") ? "object" : "");
    }

    private static String value(String kind) {
        return VALUES.getProperty("default." + kind);
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        return node::fields;
    }
}

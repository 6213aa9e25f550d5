package it.toscana.monitoring.gateway.proxy;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * SmallRye names the schemas of java.time and UUID values ({@code LocalDate}, {@code Instant}, {@code UUID}), and
 * client generators then meet a model named like a type of their own language (Java's LocalDate, TypeScript's
 * Date) and rename it. Such a schema, a plain string with a format, is written in place of each reference to it.
 */
final class InlineScalars {

    private InlineScalars() {
    }

    static void inline(ObjectNode document) {
        ObjectNode schemas = (ObjectNode) document.path("components").path("schemas");
        Map<String, JsonNode> scalars = new HashMap<>();
        schemas.fields().forEachRemaining(schema -> {
            JsonNode body = schema.getValue();
            if ("string".equals(body.path("type").asText()) && body.has("format") && !body.has("enum")) {
                scalars.put("#/components/schemas/" + schema.getKey(), body);
            }
        });
        replace(document, scalars);
        scalars.keySet().forEach(ref -> schemas.remove(ref.substring("#/components/schemas/".length())));
    }

    /** A reference keeps what it says beside the {@code $ref} (a description); the scalar adds its type and format. */
    private static void replace(JsonNode node, Map<String, JsonNode> scalars) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            JsonNode scalar = scalars.get(object.path("$ref").asText());
            if (scalar != null) {
                object.remove("$ref");
                scalar.fields().forEachRemaining(field -> object.putIfAbsent(field.getKey(), field.getValue().deepCopy()));
            }
        }
        node.forEach(child -> replace(child, scalars));
    }
}

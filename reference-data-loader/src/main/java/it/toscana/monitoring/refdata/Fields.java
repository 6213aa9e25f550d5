package it.toscana.monitoring.refdata;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Reading dataset values and writing request fields: exact money, optional text, the services' source shapes. */
final class Fields {

    /** Decimals stay exact BigDecimal (two decimals kept). */
    static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private Fields() {
    }

    /** Jackson as the dataset needs it: decimals as exact BigDecimal, written plain. */
    static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mapper.setNodeFactory(NODES);
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        return mapper;
    }

    static ObjectNode obj() {
        return NODES.objectNode();
    }

    /** Money with exactly two decimals; a value with more would be a dataset error and fails loudly. */
    static BigDecimal money(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (!value.isNumber()) {
            throw new IllegalStateException("not an amount: " + value);
        }
        return value.decimalValue().setScale(2, RoundingMode.UNNECESSARY);
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() ? null : value.asText();
    }

    static void putInt(ObjectNode body, String field, JsonNode value) {
        if (value.isNumber()) {
            body.put(field, value.asLong());
        } else {
            body.putNull(field);
        }
    }

    /** A dataset's notes (a list or one text) as one text. */
    static String notes(JsonNode notes) {
        if (notes.isArray()) {
            List<String> lines = new ArrayList<>();
            notes.forEach(n -> lines.add(n.asText()));
            return lines.isEmpty() ? null : limit(String.join("\n", lines), 4000);
        }
        return notes.isTextual() ? limit(notes.asText(), 4000) : null;
    }

    static String joinNonNull(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + "\n" + b;
    }

    static String limit(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** A funding-service {@code Source}: document, location, lines and the other documents printing it. */
    static ObjectNode source(JsonNode source) {
        if (!source.isObject()) {
            return null;
        }
        ObjectNode node = obj().put("document", text(source, "document")).put("location", limit(text(source, "location"), 500))
                .put("lines", limit(text(source, "lines"), 200));
        if (source.path("alsoIn").isArray()) {
            node.set("alsoIn", source.path("alsoIn").deepCopy());
        }
        return node;
    }

    /** A deployment-service source reference: document, and location with the lines. */
    static ObjectNode reference(JsonNode source) {
        if (!source.isObject()) {
            return null;
        }
        String location = text(source, "location");
        if (text(source, "lines") != null) {
            location = location + ", lines " + text(source, "lines");
        }
        return obj().put("document", text(source, "document")).put("location", location);
    }

    static JsonNode find(JsonNode array, Predicate<JsonNode> test) {
        for (JsonNode item : array) {
            if (test.test(item)) {
                return item;
            }
        }
        return null;
    }
}

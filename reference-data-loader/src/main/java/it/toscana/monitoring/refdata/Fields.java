package it.toscana.monitoring.refdata;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import it.toscana.monitoring.client.model.AllocationRequest;
import it.toscana.monitoring.client.model.BroadbandRequest;
import it.toscana.monitoring.client.model.CommunityBroadbandRequest;
import it.toscana.monitoring.client.model.FundingSource;
import it.toscana.monitoring.client.model.PaymentRequest;
import it.toscana.monitoring.client.model.SourceReference;

/**
 * Reading dataset values into the contract's request types (exact money, optional text and numbers,
 * the services' source shapes), and those requests as the JSON the gateway is sent.
 */
final class Fields {

    /** Decimals stay exact BigDecimal (two decimals kept). */
    static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private static final ObjectMapper MAPPER = mapper();
    /** What the dataset leaves empty is not sent: the service takes a missing field as empty. */
    private static final ObjectMapper REQUESTS = mapper().setSerializationInclusion(JsonInclude.Include.NON_EMPTY);
    /**
     * Request fields that a service fills in itself (from the path, another record or its own sums) and serves
     * back: they are not compared with what the dataset says. {@code allocationExternalId} is never served.
     */
    private static final Map<Class<?>, List<String>> FILLED_BY_THE_SERVICE = Map.of(
            AllocationRequest.class, List.of("amountPaid", "amountToPay"),
            PaymentRequest.class, List.of("allocationId", "allocationExternalId"),
            CommunityBroadbandRequest.class, List.of("communityCode"),
            BroadbandRequest.class, List.of("istatCode", "communityCode"));

    private Fields() {
    }

    /** Jackson as the dataset and the requests need it: decimals as exact BigDecimal, written plain; ISO dates. */
    static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mapper.setNodeFactory(NODES);
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        mapper.registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        return mapper;
    }

    /** A request of the generated api-client as the JSON body sent. */
    static ObjectNode body(Object request) {
        return REQUESTS.valueToTree(request);
    }

    /**
     * The request as what a service should hold once it is written: every field, empty ones as null, so that a
     * value the dataset no longer gives is found still held and cleared; fields the service fills in left out.
     */
    static ObjectNode compared(Object request) {
        ObjectNode all = MAPPER.valueToTree(request);
        return all.without(FILLED_BY_THE_SERVICE.getOrDefault(request.getClass(), List.of()));
    }

    /** A dataset record that already has the contract's shape, read as its type (unknown fields are an error). */
    static <T> T as(JsonNode record, Class<T> type) {
        if (record.isMissingNode() || record.isNull()) {
            return null;
        }
        try {
            return MAPPER.treeToValue(record, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("not a " + type.getSimpleName() + ": " + record, e);
        }
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

    static LocalDate date(JsonNode node, String field) {
        String text = text(node, field);
        return text == null ? null : LocalDate.parse(text);
    }

    /** A value of one of the contract's enums, or null where the dataset gives none. */
    static <E> E value(JsonNode node, String field, Function<String, E> fromValue) {
        String text = text(node, field);
        return text == null ? null : fromValue.apply(text);
    }

    /** A count, or null where the dataset gives none. */
    static Integer integer(JsonNode value) {
        return value.isNumber() ? value.asInt() : null;
    }

    /** A large count, or null where the dataset gives none. */
    static Long count(JsonNode value) {
        return value.isNumber() ? value.asLong() : null;
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    /** A dataset's notes (a list or one text) as one text. */
    static String notes(JsonNode notes) {
        if (notes.isArray()) {
            List<String> lines = texts(notes);
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

    /** A funding-service source: document, location, lines and the other documents printing it. */
    static FundingSource source(JsonNode source) {
        if (!source.isObject()) {
            return null;
        }
        FundingSource printed = new FundingSource().document(text(source, "document")).location(limit(text(source, "location"), 500))
                .lines(limit(text(source, "lines"), 200));
        return source.path("alsoIn").isArray() ? printed.alsoIn(texts(source.path("alsoIn"))) : printed.alsoIn(null);
    }

    /** A deployment-service source reference: document, and location with the lines. */
    static SourceReference reference(JsonNode source) {
        if (!source.isObject()) {
            return null;
        }
        String location = text(source, "location");
        if (text(source, "lines") != null) {
            location = location + ", lines " + text(source, "lines");
        }
        return new SourceReference().document(text(source, "document")).location(location);
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

package it.toscana.monitoring.gateway.asyncapi;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JSON schemas of the event payload records, read off the records themselves (the event contract maps
 * a record component to the JSON field of the same name, nulls written). Records and enums become
 * named schemas, collected in {@link #named()}; a primitive component is never null, any other may be.
 */
final class PayloadSchemas {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String REFS = "#/components/schemas/";

    private final Map<String, ObjectNode> named = new TreeMap<>();

    /** A reference to the named schema of a payload record, adding it (and what it uses) to {@link #named()}. */
    ObjectNode reference(Class<?> type) {
        String name = nameOf(type);
        if (!named.containsKey(name)) {
            named.put(name, JSON.objectNode()); // placeholder: records may refer to themselves
            named.put(name, type.isEnum() ? enumSchema(type) : recordSchema(type));
        }
        return JSON.objectNode().put("$ref", REFS + name);
    }

    /** Every named schema referred to so far, by name. */
    Map<String, ObjectNode> named() {
        return named;
    }

    /** A nested type's name carries its enclosing types' names: {@code AllocationStateV2Detail}. */
    static String nameOf(Class<?> type) {
        return type.getEnclosingClass() == null ? type.getSimpleName() : nameOf(type.getEnclosingClass()) + type.getSimpleName();
    }

    private ObjectNode recordSchema(Class<?> type) {
        ObjectNode schema = JSON.objectNode().put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        RecordComponent[] components = type.getRecordComponents();
        if (components == null) {
            throw new IllegalArgumentException(type + " is not a record: payloads are records");
        }
        for (RecordComponent component : components) {
            properties.set(component.getName(), property(component.getGenericType()));
        }
        Arrays.stream(components).map(RecordComponent::getName).forEach(schema.putArray("required")::add);
        return schema.put("additionalProperties", false);
    }

    private static ObjectNode enumSchema(Class<?> type) {
        ObjectNode schema = JSON.objectNode().put("type", "string");
        Arrays.stream(type.getEnumConstants()).map(constant -> ((Enum<?>) constant).name()).forEach(schema.putArray("enum")::add);
        return schema;
    }

    private ObjectNode property(Type type) {
        if (type instanceof Class<?> plain && plain.isPrimitive()) {
            return plain == boolean.class ? JSON.objectNode().put("type", "boolean")
                    : JSON.objectNode().put("type", plain == double.class || plain == float.class ? "number" : "integer");
        }
        return nullable(valueSchema(type));
    }

    private ObjectNode valueSchema(Type type) {
        if (type instanceof ParameterizedType generic && Collection.class.isAssignableFrom((Class<?>) generic.getRawType())) {
            ObjectNode array = JSON.objectNode().put("type", "array");
            array.set("items", valueSchema(generic.getActualTypeArguments()[0]));
            return array;
        }
        Class<?> plain = (Class<?>) type;
        if (plain == String.class) {
            return JSON.objectNode().put("type", "string");
        }
        if (plain == Boolean.class) {
            return JSON.objectNode().put("type", "boolean");
        }
        if (plain == Integer.class || plain == Long.class) {
            return JSON.objectNode().put("type", "integer");
        }
        if (plain == BigDecimal.class) { // money to the cent, weights and shares: written as plain decimals
            return JSON.objectNode().put("type", "number").put("format", "decimal");
        }
        if (plain == LocalDate.class) {
            return JSON.objectNode().put("type", "string").put("format", "date");
        }
        if (plain == Instant.class) {
            return JSON.objectNode().put("type", "string").put("format", "date-time");
        }
        if (plain == UUID.class) {
            return JSON.objectNode().put("type", "string").put("format", "uuid");
        }
        if (plain.isEnum() || plain.isRecord()) {
            return reference(plain);
        }
        throw new IllegalArgumentException("No JSON schema for " + type + ": add it here");
    }

    // Everything but a primitive is written as null when absent.
    private static ObjectNode nullable(ObjectNode schema) {
        if (schema.has("type")) {
            String type = schema.get("type").asText();
            schema.putArray("type").add(type).add("null");
            return schema;
        }
        ObjectNode either = JSON.objectNode();
        either.putArray("oneOf").add(schema).add(JSON.objectNode().put("type", "null"));
        return either;
    }
}

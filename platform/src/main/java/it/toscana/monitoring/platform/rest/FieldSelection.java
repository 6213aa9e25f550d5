package it.toscana.monitoring.platform.rest;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A sparse read's {@code ?fields=code,name,money.assigned}: the JSON fields to keep, dotted for nested ones.
 * A field named whole keeps everything under it; fields of items in an array are named like the array's own.
 */
public final class FieldSelection {

    public static final String PARAMETER = "fields";

    /** Selected field → what to keep under it. */
    private final Map<String, FieldSelection> fields = new LinkedHashMap<>();
    /** Named itself: everything under it is kept. */
    private boolean whole;

    private FieldSelection() {
    }

    /** The selection {@code value} names, or the first malformed name. */
    public static FieldSelection parse(String value) {
        FieldSelection root = new FieldSelection();
        for (String path : value.split(",", -1)) {
            String field = path.strip();
            if (!field.matches("[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*")) {
                throw new IllegalArgumentException("'" + field + "' is not a field name (dotted for a nested field)");
            }
            root.add(field.split("\\."), 0);
        }
        return root;
    }

    private void add(String[] path, int from) {
        FieldSelection below = fields.computeIfAbsent(path[from], name -> new FieldSelection());
        if (from + 1 == path.length) {
            below.whole = true;
        } else {
            below.add(path, from + 1);
        }
    }

    /** The selected names that {@code type}, as {@code json} writes it, does not have: {@code money.asigned}. */
    public List<String> unknownIn(JavaType type, ObjectMapper json) {
        List<String> unknown = new ArrayList<>();
        collectUnknown(type, json, "", unknown);
        return unknown;
    }

    private void collectUnknown(JavaType type, ObjectMapper json, String prefix, List<String> unknown) {
        JavaType value = type;
        while (value.isContainerType() && !value.isMapLikeType()) {
            value = value.getContentType();
        }
        if (value.isMapLikeType() || value.isJavaLangObject() || JsonNode.class.isAssignableFrom(value.getRawClass())) {
            return; // keys only known at run time
        }
        List<BeanPropertyDefinition> properties = json.getSerializationConfig().introspect(value).findProperties();
        for (Map.Entry<String, FieldSelection> field : fields.entrySet()) {
            Optional<BeanPropertyDefinition> property = properties.stream()
                    .filter(candidate -> candidate.getName().equals(field.getKey()) && candidate.couldSerialize()).findFirst();
            if (property.isEmpty()) {
                unknown.add(prefix + field.getKey());
            } else {
                field.getValue().collectUnknown(property.get().getPrimaryType(), json, prefix + field.getKey() + ".", unknown);
            }
        }
    }

    /** {@code node} with only the selected fields (in place); arrays have each of their items pruned. */
    public JsonNode prune(JsonNode node) {
        if (whole) {
            return node;
        }
        if (node instanceof ArrayNode array) {
            array.forEach(this::prune);
        } else if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> children = object.fields();
            while (children.hasNext()) {
                Map.Entry<String, JsonNode> child = children.next();
                FieldSelection below = fields.get(child.getKey());
                if (below == null) {
                    children.remove();
                } else {
                    below.prune(child.getValue());
                }
            }
        }
        return node;
    }
}

package it.toscana.monitoring.platform.rest;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import it.toscana.monitoring.events.DateSource;
import it.toscana.monitoring.platform.problem.ProblemException;
import it.toscana.monitoring.platform.problem.ProblemType;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

/** RFC 7396 JSON merge patch onto a request DTO, then the DTO's own validation. */
@ApplicationScoped
public class MergePatch {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    /** 400 problem+json when the patch is absent or not a JSON object: an empty body is not "change nothing". */
    public <T> T apply(T current, JsonNode patch, Class<T> type) throws JsonProcessingException {
        if (patch == null || !patch.isObject()) {
            throw ProblemException.of(ProblemType.MALFORMED_BODY, "A merge patch is a JSON object.");
        }
        JsonNode base = json.valueToTree(current);
        JsonNode merged = merge(base, patch);
        restatePatchedDates(base, patch, (ObjectNode) merged);
        T result = json.treeToValue(merged, type);
        Set<ConstraintViolation<T>> violations = validator.validate(result);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return result;
    }

    /**
     * A business date comes with its source ({@code X} and {@code XSource}, see {@code BusinessDate}). A patch
     * that changes the date without naming its source gives a new date of its own, so the old source (e.g.
     * RECORDING_DATE, which would ignore the date) is dropped, as if the date were sent without one.
     */
    private static void restatePatchedDates(JsonNode base, JsonNode patch, ObjectNode merged) {
        patch.fieldNames().forEachRemaining(field -> {
            String source = field + "Source";
            if (!patch.has(source) && isDateSource(base.get(source))) {
                merged.remove(source);
            }
        });
    }

    private static boolean isDateSource(JsonNode value) {
        return value != null && value.isTextual()
                && Arrays.stream(DateSource.values()).anyMatch(source -> source.name().equals(value.asText()));
    }

    private static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : ((ObjectNode) patch).objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), merge(result.get(field.getKey()), field.getValue()));
            }
        }
        return result;
    }
}

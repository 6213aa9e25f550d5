package it.toscana.monitoring.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * CloudEvents 1.0 structured-mode envelope. {@code data} is the aggregate's full new state,
 * kept as a JSON tree so that a consumer can validate the envelope before binding the payload.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent(
        String specversion,
        UUID id,
        String source,
        String type,
        String subject,
        Instant time,
        String datacontenttype,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";

    public static CloudEvent of(String source, String type, String subject, JsonNode data) {
        return new CloudEvent(SPEC_VERSION, UUID.randomUUID(), source, type, subject, Instant.now(), JSON, data);
    }

    /** What is wrong with this envelope; empty when it can be processed. */
    public List<String> violations() {
        List<String> problems = new ArrayList<>();
        if (!SPEC_VERSION.equals(specversion)) {
            problems.add("specversion must be " + SPEC_VERSION);
        }
        if (id == null) {
            problems.add("id is missing");
        }
        if (isBlank(source)) {
            problems.add("source is missing");
        }
        if (isBlank(type)) {
            problems.add("type is missing");
        }
        if (isBlank(subject)) {
            problems.add("subject is missing");
        }
        if (time == null) {
            problems.add("time is missing");
        }
        if (data == null || !data.isObject()) {
            problems.add("data must be a JSON object");
        } else if (!data.path("version").isIntegralNumber() || data.path("version").asLong() < 0) {
            problems.add("data.version must be a non-negative integer");
        }
        return problems;
    }

    public long version() {
        return data.path("version").asLong();
    }

    /**
     * The kind of aggregate this event is about: the type without its action and version,
     * e.g. {@code ...territory.community} for {@code ...territory.community.upserted.v1}.
     */
    public String aggregateType() {
        int versionDot = type.lastIndexOf('.');
        int actionDot = versionDot > 0 ? type.lastIndexOf('.', versionDot - 1) : -1;
        return actionDot > 0 ? type.substring(0, actionDot) : type;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}

package it.toscana.monitoring.gateway.proxy;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One OpenAPI document for the whole public API: the gateway's own operations plus every
 * service's, as routed by the gateway. A schema name used by two services for different shapes
 * is prefixed with the service's name in that service's part (and its references).
 */
final class OpenApiMerger {

    private OpenApiMerger() {
    }

    /**
     * @param publicBaseUrl where clients reach the gateway (the only server: the services are reached through it)
     */
    static ObjectNode merge(ObjectMapper json, JsonNode gateway, List<ServiceCatalog.ServiceApi> services, String publicBaseUrl) {
        ObjectNode merged = json.createObjectNode();
        merged.put("openapi", gateway.path("openapi").asText("3.1.0"));
        ObjectNode info = merged.putObject("info");
        info.put("title", "Tuscany information-society programme monitoring API");
        info.put("version", gateway.path("info").path("version").asText("1.0.0"));
        info.put("description", "One entry point: live totals from the gateway, and the territory, funding and "
                + "deployment registers routed to their owning services.");
        if (gateway.path("info").has("contact")) {
            info.set("contact", gateway.path("info").path("contact"));
        }
        merged.putArray("servers").addObject().put("url", publicBaseUrl).put("description", "The gateway");
        ObjectNode paths = merged.putObject("paths");
        ObjectNode components = merged.putObject("components");
        ObjectNode schemas = components.putObject("schemas");
        ObjectNode parameters = components.putObject("parameters");
        ObjectNode responses = components.putObject("responses");
        ArrayNode tags = merged.putArray("tags");
        add(gateway, "Gateway", paths, schemas, tags);
        shared(gateway, parameters, responses);
        for (ServiceCatalog.ServiceApi service : services) {
            String prefix = service.owner().name().charAt(0) + service.owner().name().substring(1).toLowerCase();
            add(service.openApi(), prefix, paths, schemas, tags);
            shared(service.openApi(), parameters, responses);
        }
        // One scheme for all: the platform's BearerSecurity declares the same in every document.
        components.set("securitySchemes", gateway.path("components").path("securitySchemes"));
        InlineScalars.inline(merged);
        OpenApiExamples.addTo(merged);
        return merged;
    }

    /** Shared parameters and responses come from the platform's filters (FieldSelectionParameter, StandardResponses): alike in every document. */
    private static void shared(JsonNode document, ObjectNode parameters, ObjectNode responses) {
        document.path("components").path("parameters").fields().forEachRemaining(p -> parameters.set(p.getKey(), p.getValue()));
        document.path("components").path("responses").fields().forEachRemaining(r -> responses.set(r.getKey(), r.getValue()));
    }

    private static void add(JsonNode document, String prefix, ObjectNode paths, ObjectNode schemas, ArrayNode tags) {
        String text = document.toString();
        Iterator<Map.Entry<String, JsonNode>> named = document.path("components").path("schemas").fields();
        while (named.hasNext()) {
            Map.Entry<String, JsonNode> schema = named.next();
            JsonNode existing = schemas.get(schema.getKey());
            if (existing != null && !existing.equals(schema.getValue())) {
                text = text.replace("\"#/components/schemas/" + schema.getKey() + "\"",
                        "\"#/components/schemas/" + prefix + schema.getKey() + "\"");
                text = text.replace("\"" + schema.getKey() + "\":{", "\"" + prefix + schema.getKey() + "\":{");
            }
        }
        JsonNode renamed = readTree(text);
        renamed.path("paths").fields().forEachRemaining(path -> {
            if (path.getKey().startsWith("/api/")) {
                paths.set(path.getKey(), path.getValue());
            }
        });
        renamed.path("components").path("schemas").fields().forEachRemaining(s -> schemas.set(s.getKey(), s.getValue()));
        renamed.path("tags").forEach(tag -> {
            boolean known = false;
            for (JsonNode t : tags) {
                known |= t.path("name").equals(tag.path("name"));
            }
            if (!known) {
                tags.add(tag);
            }
        });
    }

    private static JsonNode readTree(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException("OpenAPI document cannot be read", e);
        }
    }
}

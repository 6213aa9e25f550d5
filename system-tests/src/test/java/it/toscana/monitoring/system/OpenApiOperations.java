package it.toscana.monitoring.system;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Every operation of the merged OpenAPI document: what it takes in its path, query and body. */
final class OpenApiOperations {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    record Parameter(String name, String in, JsonNode schema) {
    }

    record Operation(String method, String path, List<Parameter> parameters, String contentType, JsonNode body) {

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    private final JsonNode document;

    private OpenApiOperations(JsonNode document) {
        this.document = document;
    }

    static OpenApiOperations read(Path file) throws IOException {
        return new OpenApiOperations(new ObjectMapper().readTree(file.toFile()));
    }

    List<Operation> all() {
        List<Operation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fields().forEachRemaining(entry -> {
                if (METHODS.contains(entry.getKey())) {
                    operations.add(operation(entry.getKey(), path.getKey(), entry.getValue()));
                }
            });
        }
        return operations;
    }

    /** The schema (or parameter) itself, with a {@code $ref} followed. */
    JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.startsWith("#/") ? resolve(document.at(ref.substring(1))) : schema;
    }

    private Operation operation(String method, String path, JsonNode operation) {
        List<Parameter> parameters = new ArrayList<>();
        operation.path("parameters").forEach(reference -> {
            JsonNode parameter = resolve(reference); // a shared one (?fields=) is a $ref to components/parameters
            parameters.add(new Parameter(parameter.path("name").asText(), parameter.path("in").asText(), parameter.path("schema")));
        });
        Iterator<Map.Entry<String, JsonNode>> content = operation.path("requestBody").path("content").fields();
        if (!content.hasNext()) {
            return new Operation(method, path, parameters, null, null);
        }
        Map.Entry<String, JsonNode> body = content.next();
        return new Operation(method, path, parameters, body.getKey(), body.getValue().path("schema"));
    }
}

package it.toscana.monitoring.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * The merged document as committed ({@code api/openapi.json}; system-tests' GeneratedClientTest
 * keeps it equal to the one the gateway serves) is one that client generators take as it is.
 */
class MergedOpenApiDocumentTest {

    private static final Path COMMITTED = Path.of("..", "api", "openapi.json");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");
    /** Reads a JSON array of patterns on stdin, prints those {@code new RegExp(p, 'u')} refuses, with why. */
    private static final String ECMASCRIPT_REFUSALS = """
            const refused = [];
            for (const pattern of JSON.parse(require('fs').readFileSync(0, 'utf8'))) {
              try { new RegExp(pattern, 'u'); } catch (e) { refused.push(pattern + ': ' + e.message); }
            }
            console.log(JSON.stringify(refused));
            """;

    private static final Set<String> LIBRARY_TYPES = Set.of("JsonNode", "JsonNodeType", "ObjectNode", "Object");

    private static JsonNode document;

    /** One operation of the document: its method, path and body. */
    record Operation(String method, String path, JsonNode body) {

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    @BeforeAll
    static void read() throws IOException {
        document = new ObjectMapper().readTree(COMMITTED.toFile());
    }

    @Test
    void everyOperationHasAnOperationIdOfItsOwn() {
        List<Operation> withoutId = new ArrayList<>();
        Map<String, List<Operation>> byId = new HashMap<>();
        for (Operation operation : operations()) {
            String id = operation.body().path("operationId").asText("");
            if (id.isBlank()) {
                withoutId.add(operation);
            } else {
                byId.computeIfAbsent(id, key -> new ArrayList<>()).add(operation);
            }
        }
        assertTrue(withoutId.isEmpty(), "operations without an operationId: " + withoutId);
        byId.values().removeIf(sharing -> sharing.size() == 1);
        assertTrue(byId.isEmpty(), "operationIds used more than once: " + byId);
    }

    /**
     * Client-side validators read patterns as ECMAScript (JSON Schema says so), so each must compile
     * there: Java-only constructs such as {@code (?s)}, possessive quantifiers or {@code \A} do not.
     */
    @Test
    void everyPatternIsAnEcmaScriptRegularExpression() throws Exception {
        List<String> patterns = document.findValues("pattern").stream().filter(JsonNode::isTextual).map(JsonNode::asText).toList();
        assertFalse(patterns.isEmpty(), "the document has patterns to check");
        Process node = new ProcessBuilder("node", "-e", ECMASCRIPT_REFUSALS).redirectErrorStream(true).start();
        try (OutputStream in = node.getOutputStream()) {
            in.write(new ObjectMapper().writeValueAsBytes(patterns));
        }
        String refused = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, node.waitFor(), refused);
        assertEquals("[]", refused, "patterns ECMAScript refuses");
    }

    @Test
    void theDocumentNamesTheGatewayAsItsServerAndAContact() {
        assertEquals("http://localhost:8080", document.path("servers").path(0).path("url").asText(),
                "the configured public base URL (platform.public-base-url) as built and tested");
        assertFalse(document.path("info").path("contact").path("name").asText().isBlank());
    }

    @Test
    void everyWriteNeedsTheBearerTokenAndSaysWhichRoles() {
        JsonNode scheme = document.path("components").path("securitySchemes").path("bearerAuth");
        assertEquals("http", scheme.path("type").asText());
        assertEquals("bearer", scheme.path("scheme").asText());
        assertEquals("JWT", scheme.path("bearerFormat").asText());
        List<Operation> open = operations().stream()
                .filter(operation -> WRITES.contains(operation.method()) || operation.path().startsWith("/api/v1/admin/dead-letters"))
                .filter(operation -> operation.body().path("security").path(0).path("bearerAuth").isEmpty()
                        || !operation.body().path("description").asText().contains("Needs a bearer token with the role"))
                .toList();
        assertTrue(open.isEmpty(), "writes and admin reads without the bearer token and its roles: " + open);
    }

    /**
     * Generated clients name a class after each schema: an enum is a named schema with a meaningful name (not
     * Status3: numbered only as an event version, ...V2), and no library type (JsonNode, Object) leaks in.
     */
    @Test
    void everyEnumIsANamedSchemaAndNoLibraryTypeLeaks() {
        List<String> wrong = new ArrayList<>();
        walk(document, "", (path, node) -> {
            boolean namedSchema = path.matches("/components/schemas/[^/]+");
            if (node.has("enum") && !namedSchema && !node.path("enum").isEmpty()) {
                wrong.add("inline enum at " + path);
            }
            String ref = node.path("$ref").asText("");
            if (LIBRARY_TYPES.contains(ref.substring(ref.lastIndexOf('/') + 1))) {
                wrong.add("library type at " + path);
            }
        });
        document.path("components").path("schemas").fieldNames().forEachRemaining(name -> {
            if (LIBRARY_TYPES.contains(name) || name.matches(".*[^V0-9][0-9]+")) {
                wrong.add("schema name " + name);
            }
        });
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /** Money is one way everywhere: a decimal to the cent (README, "Money in generated clients"). */
    @Test
    void everyNumberIsMoneyDeclaredAsADecimalToTheCent() {
        List<String> wrong = new ArrayList<>();
        walk(document, "", (path, node) -> {
            JsonNode type = node.path("type");
            boolean number = type.asText().equals("number") || type.isArray() && type.toString().contains("\"number\"");
            if (number && !(node.path("format").asText().equals("decimal") && node.path("multipleOf").decimalValue().compareTo(new BigDecimal("0.01")) == 0)) {
                wrong.add(path);
            }
        });
        assertTrue(wrong.isEmpty(), "numbers not declared as format decimal, multipleOf 0.01: " + wrong);
    }

    @Test
    void everyOperationAndParameterHasADescription() {
        List<String> missing = new ArrayList<>();
        for (Operation operation : operations()) {
            if (operation.body().path("description").asText().isBlank()) {
                missing.add(operation.toString());
            }
            operation.body().path("parameters").forEach(parameter -> {
                if (!parameter.has("$ref") && parameter.path("description").asText().isBlank()) {
                    missing.add(operation + " ?" + parameter.path("name").asText());
                }
            });
        }
        document.path("components").path("parameters").forEach(parameter -> {
            if (parameter.path("description").asText().isBlank()) {
                missing.add("shared parameter " + parameter.path("name").asText());
            }
        });
        assertTrue(missing.isEmpty(), missing.size() + " without a description: " + missing);
    }

    /** Every property too: the annotations, or the platform's glossary (openapi/properties.properties). */
    @Test
    void everyPropertyHasADescription() {
        List<String> missing = new ArrayList<>();
        document.path("components").path("schemas").fields().forEachRemaining(schema ->
                schema.getValue().path("properties").fields().forEachRemaining(property -> {
                    if (property.getValue().path("description").asText().isBlank()) {
                        missing.add(schema.getKey() + "." + property.getKey());
                    }
                }));
        assertTrue(missing.isEmpty(), missing.size() + " properties without a description: " + missing);
    }

    /** Calls {@code visit} with every object node under {@code node} and its JSON pointer. */
    private static void walk(JsonNode node, String path, java.util.function.BiConsumer<String, JsonNode> visit) {
        if (node.isObject()) {
            visit.accept(path, node);
            node.fields().forEachRemaining(field -> walk(field.getValue(), path + "/" + field.getKey(), visit));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "/" + i, visit);
            }
        }
    }

    @Test
    void theDocumentConformsToTheOpenApiSpecification() {
        assertEquals(List.of(), specificationViolations(document.toString()));
    }

    @Test
    void theConformanceCheckSeesAViolation() {
        String withoutTitle = "{\"openapi\": \"3.1.0\", \"info\": {\"version\": \"1\"}, \"paths\": {}}";
        assertFalse(specificationViolations(withoutTitle).isEmpty());
    }

    private static List<String> specificationViolations(String json) {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(json, null, options);
        return parsed.getMessages();
    }

    static List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            if (METHODS.contains(operation.getKey())) {
                operations.add(new Operation(operation.getKey(), path.getKey(), operation.getValue()));
            }
        }));
        return operations;
    }
}

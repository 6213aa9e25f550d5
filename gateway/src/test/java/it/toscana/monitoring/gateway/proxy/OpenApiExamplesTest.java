package it.toscana.monitoring.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * Every request body and every 2xx answer of the committed document ({@code api/openapi.json}) has an example,
 * the example is valid against its schema (JSON Schema 2020-12, the dialect of OpenAPI 3.1), and the codes it
 * names are those of the reference data.
 */
class OpenApiExamplesTest {

    private static final Path COMMITTED = Path.of("..", "api", "openapi.json");
    private static final Path REFERENCE_DATA = Path.of("..", "reference-data");
    private static final Set<String> OPERATIONS = Set.of("get", "put", "post", "patch", "delete");
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode document;

    /** One media type of a request body or a 2xx answer. */
    record Exemplified(String where, JsonNode mediaType) {
    }

    @BeforeAll
    static void read() throws IOException {
        document = JSON.readTree(COMMITTED.toFile());
    }

    @Test
    void everyRequestBodyAndEverySuccessfulAnswerHasAnExample() {
        List<Exemplified> all = exemplified();
        assertTrue(all.size() > 200, "request bodies and 2xx answers found: " + all.size());
        List<String> without = all.stream().filter(one -> !one.mediaType().has("example")).map(Exemplified::where).toList();
        assertEquals(List.of(), without, "without an example");
        List<String> emptyPatches = all.stream().filter(one -> one.where().endsWith("merge-patch+json"))
                .filter(one -> one.mediaType().path("example").isEmpty()).map(Exemplified::where).toList();
        assertEquals(List.of(), emptyPatches, "merge patches that change nothing");
    }

    @Test
    void everyExampleIsValidAgainstItsSchema() {
        List<String> invalid = new ArrayList<>();
        for (Exemplified one : exemplified()) {
            if (one.mediaType().has("schema")) {
                List<String> errors = errors(one.mediaType().path("schema"), one.mediaType().path("example"));
                if (!errors.isEmpty()) {
                    invalid.add(one.where() + ": " + errors);
                }
            }
        }
        assertEquals(List.of(), invalid, "examples their schema refuses");
    }

    @Test
    void theSchemaCheckSeesAnInvalidExample() throws IOException {
        JsonNode allocation = JSON.readTree("{\"$ref\": \"#/components/schemas/AllocationRequest\"}");
        ObjectNode example = (ObjectNode) document.at("/paths/~1api~1v1~1allocations/post/requestBody/content/application~1json/example")
                .deepCopy();
        assertEquals(List.of(), errors(allocation, example));
        example.put("amountAssigned", "thirty thousand");
        example.remove("communityCode");
        assertEquals(2, errors(allocation, example).size(), () -> errors(allocation, example).toString());
    }

    @Test
    void theExamplesNameTheReferenceDataCommunitiesMunicipalitiesAndFundingLines() throws IOException {
        Set<String> communities = codes("communities.json", "code");
        Set<String> municipalities = codes("municipalities.json", "istatCode");
        Set<String> fundingLines = codes("funding-lines.json", "code");
        Map<String, Set<String>> known = Map.of("communityCode", communities, "istatCode", municipalities,
                "municipalityIstatCodes", municipalities, "fundingLineCode", fundingLines);
        Set<String> unknown = new TreeSet<>();
        Set<String> seen = new TreeSet<>();
        for (Exemplified one : exemplified()) {
            fields(one.mediaType().path("example"), (field, value) -> {
                if (known.containsKey(field)) {
                    List<JsonNode> values = new ArrayList<>();
                    if (value.isArray()) {
                        value.forEach(values::add);
                    } else {
                        values.add(value);
                    }
                    for (JsonNode each : values) {
                        seen.add(field);
                        if (!known.get(field).contains(each.asText())) {
                            unknown.add(one.where() + " " + field + "=" + each.asText());
                        }
                    }
                }
            });
        }
        assertEquals(known.keySet(), seen, "fields checked");
        assertEquals(Set.of(), unknown, "codes not in reference-data/");
    }

    /** What the schema (resolving #/components/schemas/ of the document) says is wrong with the value. */
    private static List<String> errors(JsonNode schema, JsonNode value) {
        ObjectNode root = schema.deepCopy();
        root.set("components", document.path("components"));
        Schema validator = SCHEMAS.getSchema(SchemaLocation.of("https://monitoring.example/openapi.json"), root);
        return validator.validate(value).stream().map(Object::toString).toList();
    }

    private static List<Exemplified> exemplified() {
        List<Exemplified> all = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            if (!OPERATIONS.contains(operation.getKey())) {
                return;
            }
            String where = operation.getKey().toUpperCase() + " " + path.getKey();
            operation.getValue().path("requestBody").path("content").fields().forEachRemaining(
                    type -> all.add(new Exemplified(where + " request " + type.getKey(), type.getValue())));
            operation.getValue().path("responses").fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("2")) {
                    response.getValue().path("content").fields().forEachRemaining(type -> all.add(
                            new Exemplified(where + " " + response.getKey() + " " + type.getKey(), type.getValue())));
                }
            });
        }));
        return all;
    }

    private static void fields(JsonNode node, BiConsumer<String, JsonNode> visit) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                visit.accept(field.getKey(), field.getValue());
                fields(field.getValue(), visit);
            });
        } else if (node.isArray()) {
            node.forEach(element -> fields(element, visit));
        }
    }

    private static Set<String> codes(String file, String field) throws IOException {
        Set<String> codes = new TreeSet<>();
        JSON.readTree(REFERENCE_DATA.resolve(file).toFile()).forEach(record -> codes.add(record.path(field).asText()));
        assertFalse(codes.isEmpty(), file);
        return codes;
    }
}

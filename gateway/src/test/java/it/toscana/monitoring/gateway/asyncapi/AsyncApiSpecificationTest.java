package it.toscana.monitoring.gateway.asyncapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

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
 * The committed AsyncAPI document ({@code api/asyncapi.json}; AsyncApiResourceTest keeps it equal to the served
 * one) is valid against the AsyncAPI 3.0.0 JSON schema, as AsyncAPI's own tools check it: the schema is
 * {@code schemas/3.0.0-without-$id.json} of asyncapi/spec-json-schemas 6.11.1 (Apache-2.0), kept in the test
 * resources so that the check needs no network.
 */
class AsyncApiSpecificationTest {

    private static final Path COMMITTED = Path.of("..", "api", "asyncapi.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Schema specification;

    @BeforeAll
    static void readSpecification() throws IOException {
        try (InputStream in = AsyncApiSpecificationTest.class.getResourceAsStream("/asyncapi/asyncapi-3.0.0.schema.json")) {
            JsonNode schema = JSON.readTree(in);
            specification = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                    .getSchema(SchemaLocation.of("https://asyncapi.com/schemas/3.0.0.json"), schema);
        }
    }

    @Test
    void theDocumentIsValidAsyncApi3() throws IOException {
        assertEquals(List.of(), violations(JSON.readTree(COMMITTED.toFile())));
    }

    /** An AsyncAPI 2 word in a version 3 document: operations send or receive, they no longer publish. */
    @Test
    void theCheckSeesAViolationDeepInTheDocument() throws IOException {
        ObjectNode broken = (ObjectNode) JSON.readTree(COMMITTED.toFile());
        ((ObjectNode) broken.path("operations").elements().next()).put("action", "publish");
        assertFalse(violations(broken).isEmpty());
    }

    private static List<String> violations(JsonNode document) {
        return specification.validate(document).stream().map(Object::toString).toList();
    }
}

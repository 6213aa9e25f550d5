package it.toscana.monitoring.refdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class ProgrammeLoaderTest {

    private final ObjectMapper json = Fields.mapper();

    @Test
    void everyProjectCallAndRequirementIsPutUnderItsCode() throws Exception {
        Map<String, ObjectNode> written = new LinkedHashMap<>();
        new ProgrammeLoader((kind, id, path, body) -> written.put(path, Fields.body(body))).load(read("co-financing.json"),
                read("programme.json"));
        assertEquals(3 + 3 + 5, written.size());
        assertTrue(written.containsKey("/api/v1/co-financing-projects/CSTT_ALI"));
        assertTrue(written.containsKey("/api/v1/calls/PUBLIC_SECTOR_INFORMATION"));
        assertTrue(written.containsKey("/api/v1/mandatory-requirements/IRIS_PAYMENTS"));
    }

    @Test
    void aProjectKeepsItsExactMoneyAndBalancesAsFundingServiceRequires() throws Exception {
        JsonNode coFinancing = read("co-financing.json");
        for (JsonNode project : coFinancing.path("projects")) {
            ObjectNode body = Fields.body(ProgrammeLoader.coFinancingProject(project, coFinancing));
            BigDecimal contributions = BigDecimal.ZERO;
            for (JsonNode c : body.path("contributions")) {
                contributions = c.path("amount").isNumber() ? contributions.add(c.path("amount").decimalValue()) : contributions;
            }
            assertEquals(0, contributions.compareTo(body.path("totalInvestment").decimalValue()), project.path("code").asText());
            BigDecimal decreed = BigDecimal.ZERO;
            for (JsonNode d : body.path("regionalOwnFunds").path("decrees")) {
                decreed = decreed.add(d.path("amount").decimalValue());
            }
            assertEquals(0, decreed.compareTo(body.path("regionalOwnFunds").path("total").decimalValue()));
            assertFalse(body.has("code"), "the code is in the path");
        }
        ObjectNode alliance = Fields.body(ProgrammeLoader.coFinancingProject(coFinancing.path("projects").path(0), coFinancing));
        String written = json.writeValueAsString(alliance);
        assertTrue(written.contains("\"totalInvestment\":1892850.00"), written);
        assertTrue(written.contains("\"amount\":584745.76"), written);
        assertTrue(alliance.path("notes").toString().contains("total investment 1892850.00, national contribution 584745.76"));
    }

    @Test
    void aCallKeepsBudgetAndDeadline() throws Exception {
        ObjectNode call = Fields.body(ProgrammeLoader.call(read("programme.json").path("calls").path(1)));
        assertEquals("{\"budget\":1016000.00}", json.writeValueAsString(json.createObjectNode().set("budget", call.get("budget"))));
        assertEquals("2009-10-20", call.path("deadline").asText());
        assertEquals("003_0497f57b5d4c9804.txt", call.path("source").path("document").asText());
    }

    private JsonNode read(String file) throws Exception {
        return json.readTree(Files.readAllBytes(Path.of("..", "reference-data").resolve(file)));
    }
}

package it.toscana.monitoring.refdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class SchedaHeadlineLoaderTest {

    private final ObjectMapper json = Fields.mapper();

    @Test
    void everyHeadlineIsPutUnderItsOwnIdWithScopeSchedaAndItsTitleAsLabel() throws Exception {
        Map<String, ObjectNode> written = new LinkedHashMap<>();
        new SchedaHeadlineLoader((kind, id, path, body) -> {
            assertEquals(SchedaHeadlineLoader.KIND, kind);
            written.put(path, Fields.body(body));
        }, new DocumentDates(read("documents.json"))).load(read("declared-totals.json"));
        assertEquals(12 + 9 + 11, written.size(), "one path per headline, none shared");
        assertTrue(written.values().stream().allMatch(body -> "SCHEDA".equals(body.path("scope").asText())));
        long mvsPage6 = written.values().stream().filter(body -> body.path("communityCode").asText().equals("media-valle-del-serchio")
                && body.path("source").path("location").asText().equals("Scheda 6")).count();
        assertEquals(2, mvsPage6);
        assertTrue(written.values().stream().allMatch(body -> "2009-09-19".equals(body.path("documentDate").asText())
                && "STATED".equals(body.path("documentDateSource").asText())), "dated by the booklets");
    }

    @Test
    void aHeadlineKeepsItsExactAmountSourceAndNote() throws Exception {
        JsonNode phaseTwo = read("declared-totals.json").path("communities").path(0).path("schedaHeadlines").path(6);
        ObjectNode body = Fields.body(SchedaHeadlineLoader.headline("media-valle-del-serchio", phaseTwo));
        String written = json.writeValueAsString(body);
        assertTrue(written.contains("\"amount\":50000.00"), written);
        assertEquals("Finanziamento regionale per fase II telecentri", body.path("label").asText());
        assertEquals("842-845, 865", body.path("source").path("lines").asText());
        assertTrue(body.path("note").asText().contains("circa"), written);
    }

    private JsonNode read(String file) throws Exception {
        return json.readTree(Files.readAllBytes(Path.of("..", "reference-data").resolve(file)));
    }
}

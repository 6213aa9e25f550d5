package it.toscana.monitoring.refdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ReferenceDataLoaderTest {

    private final ObjectMapper json = ReferenceDataLoader.mapper();

    @Test
    void moneyKeepsTwoDecimalsExactlyAndIsWrittenPlain() throws Exception {
        JsonNode row = json.readTree("{\"a\": 30000.00, \"b\": 77312.10, \"c\": 0.1}");
        assertEquals("30000.00", ReferenceDataLoader.money(row.get("a")).toPlainString());
        assertEquals(new BigDecimal("77312.10"), ReferenceDataLoader.money(row.get("b")));
        assertEquals("{\"amount\":30000.00}",
                json.writeValueAsString(json.createObjectNode().put("amount", ReferenceDataLoader.money(row.get("a")))));
        assertThrows(ArithmeticException.class, () -> ReferenceDataLoader.money(json.readTree("1.005")));
    }

    @Test
    void idempotencyKeysAreStableHeaderSafeAndDerivedFromTheRecord() {
        assertEquals("refdata:v1:allocation:mvs-t2-01", ReferenceDataLoader.key("allocation:mvs-t2-01"));
        assertEquals("refdata:v1:justice:media-valle-del-serchio:corte-d-appello",
                ReferenceDataLoader.key("justice:media-valle-del-serchio:Corte d’appello"));
        assertEquals("refdata:v1:nal-node:alta-val-di-cecina:comunita-montana-alta-val-di-cecina",
                ReferenceDataLoader.key("nal-node:alta-val-di-cecina:Comunità Montana Alta Val di Cecina"));
    }

    @Test
    void aResourceHoldsTheWantedValuesWhateverTheNumberFormsOrExtraFields() throws Exception {
        JsonNode served = json.readTree("{\"code\": \"x\", \"amount\": 10.00, \"version\": 3, \"list\": [], \"nested\": {\"a\": 1}}");
        assertTrue(ReferenceDataLoader.holds(served, json.readTree("{\"code\": \"x\", \"amount\": 10.0, \"list\": null}")));
        assertTrue(ReferenceDataLoader.holds(served, json.readTree("{\"nested\": {\"a\": 1.00}, \"missing\": null}")));
        assertFalse(ReferenceDataLoader.holds(served, json.readTree("{\"amount\": 10.01}")));
        assertFalse(ReferenceDataLoader.holds(served, json.readTree("{\"code\": \"y\"}")));
        assertFalse(ReferenceDataLoader.holds(served, json.readTree("{\"list\": [\"a\"]}")));
    }

    @Test
    void theDatasetReadsWithExactDecimals() throws Exception {
        Path dataset = Path.of("..", "reference-data");
        JsonNode allocations = json.readTree(Files.readAllBytes(dataset.resolve("allocations.json")));
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode a : allocations) {
            if ("alta-val-di-cecina".equals(a.path("communityCode").asText())) {
                sum = sum.add(ReferenceDataLoader.money(a.path("amountAssigned")));
            }
        }
        assertEquals("655753.51", sum.toPlainString());
    }
}

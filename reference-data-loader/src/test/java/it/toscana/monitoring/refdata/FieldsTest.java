package it.toscana.monitoring.refdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class FieldsTest {

    private final ObjectMapper json = Fields.mapper();

    @Test
    void moneyKeepsTwoDecimalsExactlyAndIsWrittenPlain() throws Exception {
        JsonNode row = json.readTree("{\"a\": 30000.00, \"b\": 77312.10, \"c\": 0.1}");
        assertEquals("30000.00", Fields.money(row.get("a")).toPlainString());
        assertEquals(new BigDecimal("77312.10"), Fields.money(row.get("b")));
        assertEquals("{\"amount\":30000.00}",
                json.writeValueAsString(json.createObjectNode().put("amount", Fields.money(row.get("a")))));
        assertThrows(ArithmeticException.class, () -> Fields.money(json.readTree("1.005")));
    }

    @Test
    void theDatasetReadsWithExactDecimals() throws Exception {
        Path dataset = Path.of("..", "reference-data");
        JsonNode allocations = json.readTree(Files.readAllBytes(dataset.resolve("allocations.json")));
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode a : allocations) {
            if ("alta-val-di-cecina".equals(a.path("communityCode").asText())) {
                sum = sum.add(Fields.money(a.path("amountAssigned")));
            }
        }
        assertEquals("655753.51", sum.toPlainString());
    }
}

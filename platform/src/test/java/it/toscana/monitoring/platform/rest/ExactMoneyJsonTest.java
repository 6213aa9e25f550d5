package it.toscana.monitoring.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ExactMoneyJsonTest {

    private final ObjectMapper mapper = new ObjectMapper();

    ExactMoneyJsonTest() {
        new ExactMoneyJson().customize(mapper);
    }

    @Test
    void moneyKeepsItsCentsThroughATree() throws Exception {
        JsonNode tree = mapper.readTree("{\"amount\": 1000.00, \"paid\": 0.10}");
        assertTrue(tree.get("amount").isBigDecimal());
        assertEquals("{\"amount\":1000.00,\"paid\":0.10}", mapper.writeValueAsString(tree));
    }

    @Test
    void aDecimalIsReadExactlyNotAsADouble() throws Exception {
        // 0.1 + 0.2 as doubles is 0.30000000000000004
        Object sum = mapper.readValue("0.30", Object.class);
        assertEquals(new java.math.BigDecimal("0.30"), sum);
    }
}

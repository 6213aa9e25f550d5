package it.toscana.monitoring.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import it.toscana.monitoring.platform.text.SafeTextJson;

class StrictJsonTypesTest {

    enum Status { PLANNED, ACTIVE }

    record Fact(String name, Integer count, BigDecimal amount, Boolean done, Status status, LocalDate on) {
    }

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());

    StrictJsonTypesTest() {
        // as in the services: with the platform's text check, which replaces Jackson's String deserializer
        new SafeTextJson().customize(mapper);
        new ExactMoneyJson().customize(mapper);
        new StrictJsonTypes().customize(mapper);
    }

    @Test
    void valuesOfTheirOwnTypeAreRead() throws Exception {
        assertEquals(new Fact("Poppi", 3, new BigDecimal("1250.50"), true, Status.ACTIVE, LocalDate.of(2009, 9, 19)),
                mapper.readValue("{\"name\": \"Poppi\", \"count\": 3, \"amount\": 1250.50,"
                        + " \"done\": true, \"status\": \"ACTIVE\", \"on\": \"2009-09-19\"}", Fact.class));
        assertEquals(new BigDecimal("1000"), mapper.readValue("{\"amount\": 1000}", Fact.class).amount());
    }

    @Test
    void aValueOfAnotherTypeIsRefusedNotConverted() {
        for (String wrong : new String[] {
                "{\"count\": 1.5}", "{\"count\": \"12\"}", "{\"count\": true}",
                "{\"status\": 1}",
                "{\"name\": 123}", "{\"name\": 1.5}", "{\"name\": true}",
                "{\"amount\": \"1.00\"}", "{\"amount\": false}",
                "{\"done\": \"true\"}", "{\"done\": 1}",
                "{\"on\": 123}", "{\"on\": 1.5}"}) {
            MismatchedInputException refused = assertThrows(MismatchedInputException.class,
                    () -> mapper.readValue(wrong, Fact.class), wrong);
            assertEquals(wrong.substring(2, wrong.indexOf('"', 2)), refused.getPath().get(0).getFieldName(), wrong);
        }
    }
}

package it.toscana.monitoring.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import it.toscana.monitoring.platform.problem.Problem;
import it.toscana.monitoring.platform.problem.ProblemException;

class QueryValuesTest {

    enum Colour { RED, GREEN }

    @Test
    void anAbsentOrBlankValueIsNoFilter() {
        for (String absent : new String[] {null, "", "  "}) {
            assertNull(QueryValues.date("from", absent));
            assertNull(QueryValues.instant("at", absent));
            assertNull(QueryValues.instantOrEndOfDay("knownAt", absent));
            assertNull(QueryValues.instantOrStartOfDay("since", absent));
            assertNull(QueryValues.enumValue("colour", absent, Colour.class));
            assertNull(QueryValues.uuid("id", absent));
            assertNull(QueryValues.code("province", absent, "[A-Z]{2}", "must be two capitals"));
            assertNull(QueryValues.count("min", absent));
            assertNull(QueryValues.amount("above", absent));
            assertFalse(QueryValues.flag("region", absent));
            assertNull(QueryValues.bool("met", absent));
        }
    }

    @Test
    void aValueIsReadStripped() {
        assertEquals(LocalDate.of(2009, 1, 1), QueryValues.date("from", " 2009-01-01 "));
        assertEquals(Instant.parse("2009-09-19T12:00:00Z"), QueryValues.instant("at", "2009-09-19T14:00:00+02:00"));
        assertEquals(Instant.parse("2009-09-19T21:59:59.999999Z"), QueryValues.instantOrEndOfDay("knownAt", "2009-09-19"));
        assertEquals(Instant.parse("2009-09-18T22:00:00Z"), QueryValues.instantOrStartOfDay("since", "2009-09-19"));
        assertEquals(Colour.GREEN, QueryValues.enumValue("colour", "GREEN ", Colour.class));
        UUID id = UUID.randomUUID();
        assertEquals(id, QueryValues.uuid("id", id.toString()));
        assertEquals("LU", QueryValues.code("province", " LU", "[A-Z]{2}", "must be two capitals"));
        assertEquals(120, QueryValues.count("min", "120"));
        assertEquals(new BigDecimal("-1250.50"), QueryValues.amount("above", "-1250.50"));
        assertTrue(QueryValues.flag("region", "true"));
        assertEquals(Boolean.FALSE, QueryValues.bool("met", " false"));
    }

    @Test
    void aValueThatDoesNotReadIsA400NamingTheParameterAndWhatItMustBe() {
        refused("from", "must be an ISO date such as 2009-01-01", () -> QueryValues.date("from", "2009-13-01"));
        refused("at", "must be an ISO-8601 instant such as 2009-09-19T12:00:00Z", () -> QueryValues.instant("at", "2009-09-19"));
        refused("knownAt", "must be an ISO-8601 instant such as 2009-09-19T12:00:00Z, or a date such as 2009-09-19 (the end of"
                + " that day)", () -> QueryValues.instantOrEndOfDay("knownAt", "yesterday"));
        refused("since", "must be an ISO-8601 instant such as 2009-09-19T12:00:00Z, or a date such as 2009-09-19 (the start of"
                + " that day)", () -> QueryValues.instantOrStartOfDay("since", "2009-09-19T25:00:00Z"));
        refused("colour", "must be one of RED, GREEN", () -> QueryValues.enumValue("colour", "red", Colour.class));
        refused("id", "must be a UUID such as 3f2b8c1e-0d4a-4c5e-9a7b-1c2d3e4f5a6b", () -> QueryValues.uuid("id", "42"));
        refused("province", "must be two capitals", () -> QueryValues.code("province", "Lucca", "[A-Z]{2}", "must be two capitals"));
        refused("min", "must be a whole number such as 120", () -> QueryValues.count("min", "-1"));
        refused("min", "must be a whole number such as 120", () -> QueryValues.count("min", "9999999999"));
        refused("above", "must be an amount with at most two decimals such as 1250.50", () -> QueryValues.amount("above", "1.005"));
        refused("region", "must be true or false", () -> QueryValues.flag("region", "yes"));
        refused("met", "must be true or false", () -> QueryValues.bool("met", "TRUE"));
    }

    private static void refused(String parameter, String message, Executable read) {
        ProblemException refusal = assertThrows(ProblemException.class, read);
        assertEquals(400, refusal.status());
        assertEquals(List.of(new Problem.FieldError(parameter, message)), refusal.errors());
    }
}

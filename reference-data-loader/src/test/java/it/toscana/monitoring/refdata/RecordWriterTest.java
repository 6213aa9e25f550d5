package it.toscana.monitoring.refdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class RecordWriterTest {

    private final ObjectMapper json = Fields.mapper();

    @Test
    void idempotencyKeysAreStableHeaderSafeAndDerivedFromTheRecord() {
        assertEquals("refdata:v1:allocation:mvs-t2-01", RecordWriter.key("allocation:mvs-t2-01"));
        assertEquals("refdata:v1:justice:media-valle-del-serchio:corte-d-appello",
                RecordWriter.key("justice:media-valle-del-serchio:Corte d’appello"));
        assertEquals("refdata:v1:nal-node:alta-val-di-cecina:comunita-montana-alta-val-di-cecina",
                RecordWriter.key("nal-node:alta-val-di-cecina:Comunità Montana Alta Val di Cecina"));
    }

    @Test
    void aResourceHoldsTheWantedValuesWhateverTheNumberFormsOrExtraFields() throws Exception {
        JsonNode served = json.readTree("{\"code\": \"x\", \"amount\": 10.00, \"version\": 3, \"list\": [], \"nested\": {\"a\": 1}}");
        assertTrue(RecordWriter.holds(served, json.readTree("{\"code\": \"x\", \"amount\": 10.0, \"list\": null}")));
        assertTrue(RecordWriter.holds(served, json.readTree("{\"nested\": {\"a\": 1.00}, \"missing\": null}")));
        assertFalse(RecordWriter.holds(served, json.readTree("{\"amount\": 10.01}")));
        assertFalse(RecordWriter.holds(served, json.readTree("{\"code\": \"y\"}")));
        assertFalse(RecordWriter.holds(served, json.readTree("{\"list\": [\"a\"]}")));
    }
}

package it.toscana.monitoring.refdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

class DocumentDatesTest {

    private final Dataset dataset = dataset();
    private final DocumentDates dates = new DocumentDates(read("documents.json"));

    @Test
    void aFactWithoutADateOfItsOwnTakesItsDocumentsAndSaysSo() {
        JsonNode payment = read("allocations.json").path(0).path("payments").path(0);
        ObjectNode body = dates.putDate(Fields.obj(), "date", "dateSource", payment,
                read("allocations.json").path(0).path("source"));
        assertEquals("2009-09-19", body.path("date").asText());
        assertEquals("DOCUMENT_DATE", body.path("dateSource").asText());
    }

    @Test
    void aDateGivenWithTheFactIsKeptWithItsSource() {
        JsonNode lineTotal = read("table1-allocations.json").path(0);
        ObjectNode body = dates.putDate(Fields.obj(), "assignedOn", "assignedOnSource", lineTotal, lineTotal.path("source"));
        assertEquals("2009-09-19", body.path("assignedOn").asText());
        assertEquals("DOCUMENT_DATE", body.path("assignedOnSource").asText());
        JsonNode stated = Fields.obj().put("assignedOn", "2008-06-20");
        assertEquals("STATED", dates.putDate(Fields.obj(), "assignedOn", "assignedOnSource", stated, lineTotal.path("source"))
                .path("assignedOnSource").asText());
    }

    @Test
    void aDocumentThatPrintsNoDateDatesNothing() {
        assertThrows(IllegalStateException.class,
                () -> dates.dateOf(Fields.obj().put("document", "004_7f9b1570be4bef5a.txt")));
    }

    private JsonNode read(String file) {
        try {
            return dataset.read(file);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Dataset dataset() {
        try {
            return new Dataset(Path.of("..", "reference-data"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

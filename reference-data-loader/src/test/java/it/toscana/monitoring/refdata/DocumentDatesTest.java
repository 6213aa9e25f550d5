package it.toscana.monitoring.refdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import it.toscana.monitoring.client.model.DateSource;

class DocumentDatesTest {

    private final Dataset dataset = dataset();
    private final DocumentDates dates = new DocumentDates(read("documents.json"));

    @Test
    void aFactWithoutADateOfItsOwnTakesItsDocumentsAndSaysSo() {
        JsonNode payment = read("allocations.json").path(0).path("payments").path(0);
        DocumentDates.Dated date = dates.date(payment, "date", "dateSource", read("allocations.json").path(0).path("source"));
        assertEquals(LocalDate.of(2009, 9, 19), date.on());
        assertEquals(DateSource.DOCUMENT_DATE, date.source());
    }

    @Test
    void aDateGivenWithTheFactIsKeptWithItsSource() {
        JsonNode lineTotal = read("table1-allocations.json").path(0);
        DocumentDates.Dated assigned = dates.date(lineTotal, "assignedOn", "assignedOnSource", lineTotal.path("source"));
        assertEquals(LocalDate.of(2009, 9, 19), assigned.on());
        assertEquals(DateSource.DOCUMENT_DATE, assigned.source());
        JsonNode stated = Fields.obj().put("assignedOn", "2008-06-20");
        assertEquals(new DocumentDates.Dated(LocalDate.of(2008, 6, 20), DateSource.STATED),
                dates.date(stated, "assignedOn", "assignedOnSource", lineTotal.path("source")));
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

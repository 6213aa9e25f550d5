package it.toscana.monitoring.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import it.toscana.monitoring.events.DateSource;
import it.toscana.monitoring.platform.problem.ProblemException;

class BusinessDateTest {

    private static final LocalDate ACT = LocalDate.of(2008, 3, 14);
    // 23:30 UTC on 1 November is already 2 November in Tuscany
    private static final Instant RECORDED = Instant.parse("2026-11-01T23:30:00Z");

    @Test
    void aDateWithoutSourceIsStated() {
        BusinessDate given = BusinessDate.given("assignedOn", ACT, null);
        assertEquals(new BusinessDate(ACT, DateSource.STATED), given);
        assertEquals(ACT, given.resolve(RECORDED));
    }

    @Test
    void aDocumentDateIsKeptWithItsSource() {
        assertEquals(new BusinessDate(ACT, DateSource.DOCUMENT_DATE),
                BusinessDate.given("assignedOn", ACT, DateSource.DOCUMENT_DATE));
    }

    @Test
    void noDateResolvesToTheTuscanDayOfRecording() {
        BusinessDate given = BusinessDate.given("assignedOn", null, null);
        assertEquals(DateSource.RECORDING_DATE, given.source());
        assertFalse(given.isDated());
        assertEquals(LocalDate.of(2026, 11, 2), given.resolve(RECORDED));
    }

    @Test
    void aRecordingDateSentBackIgnoresTheDateThatCameWithIt() {
        assertEquals(new BusinessDate(null, DateSource.RECORDING_DATE),
                BusinessDate.given("assignedOn", ACT, DateSource.RECORDING_DATE));
    }

    @Test
    void aStatedSourceWithoutDateIsA400NamingTheField() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> BusinessDate.given("assignedOn", null, DateSource.DOCUMENT_DATE));
        assertEquals(400, refused.status());
        assertEquals("assignedOn", refused.errors().get(0).field());
    }
}

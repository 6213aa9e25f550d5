package it.toscana.monitoring.platform.rest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import it.toscana.monitoring.platform.problem.ProblemException;

class EtagsTest {

    @Test
    void theEtagIsTheVersion() {
        assertEquals("\"7\"", Etags.of(7).toString());
    }

    @Test
    void noIfMatchOrAStarLetsTheWriteThrough() {
        assertDoesNotThrow(() -> Etags.checkIfMatch(null, 3));
        assertDoesNotThrow(() -> Etags.checkIfMatch(" ", 3));
        assertDoesNotThrow(() -> Etags.checkIfMatch("*", 3));
    }

    @Test
    void theCurrentVersionMatchesStrongWeakOrInAList() {
        assertDoesNotThrow(() -> Etags.checkIfMatch("\"3\"", 3));
        assertDoesNotThrow(() -> Etags.checkIfMatch("W/\"3\"", 3));
        assertDoesNotThrow(() -> Etags.checkIfMatch("\"1\", \"3\"", 3));
    }

    @Test
    void anyOtherVersionIsA412NamingTheCurrentOne() {
        ProblemException stale = assertThrows(ProblemException.class, () -> Etags.checkIfMatch("\"2\"", 3));
        assertEquals(412, stale.status());
        assertEquals("If-Match \"2\" does not match the current version \"3\"; read it again.", stale.getMessage());
        // an unquoted version is not an entity tag
        assertEquals(412, assertThrows(ProblemException.class, () -> Etags.checkIfMatch("3", 3)).status());
    }
}

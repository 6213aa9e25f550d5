package it.toscana.monitoring.platform.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ControlCharactersTest {

    @ParameterizedTest
    @ValueSource(strings = { "Comunità Montana", "riga uno\nriga due", "col\tonna", "Corte d’appello", "" })
    void printableTextTabAndNewlineAreAllowed(String text) {
        assertFalse(ControlCharacters.present(text));
    }

    @ParameterizedTest
    @ValueSource(strings = { "nul\u0000", "bell\u0007", "cr\r", "escape\u001b[31m", "c1\u0085", "del\u007f" })
    void otherControlCharactersAreFound(String text) {
        assertTrue(ControlCharacters.present(text));
    }
}

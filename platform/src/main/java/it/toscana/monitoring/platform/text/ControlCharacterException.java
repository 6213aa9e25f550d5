package it.toscana.monitoring.platform.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A JSON string with a control character; the mapper answers 400 naming its field (Jackson fills in the path). */
public class ControlCharacterException extends MismatchedInputException {

    ControlCharacterException(JsonParser parser) {
        super(parser, ControlCharacters.MESSAGE, parser.currentLocation());
    }
}

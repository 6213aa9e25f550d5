package it.toscana.monitoring.platform.text;

/**
 * The one rule for text a client sends: no control characters (NUL, which PostgreSQL refuses,
 * and the other C0/C1 controls, which only hide or garble text), except tab and newline.
 */
public final class ControlCharacters {

    public static final String MESSAGE = "must not contain control characters (tab and newline are allowed)";

    private ControlCharacters() {
    }

    public static boolean present(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n') {
                return true;
            }
        }
        return false;
    }
}

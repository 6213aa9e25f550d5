package it.toscana.monitoring.funding.api;

/** The shape of the natural keys in paths: funding line, call, requirement and project codes. */
public final class NaturalKeys {

    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9_.-]{0,99}";
    public static final String MESSAGE = "must be a code of letters, digits, '_', '.' or '-' (at most 100)";

    private NaturalKeys() {
    }
}

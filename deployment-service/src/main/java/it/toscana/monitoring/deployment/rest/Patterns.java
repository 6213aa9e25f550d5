package it.toscana.monitoring.deployment.rest;

/** Shapes of the natural keys, shared by every request. */
public final class Patterns {

    public static final String COMMUNITY_CODE = "[a-z0-9]+(-[a-z0-9]+)*";
    public static final String COMMUNITY_CODE_MESSAGE = "must be a community code such as alta-val-di-cecina";
    public static final String ISTAT_CODE = "\\d{6}";
    public static final String ISTAT_CODE_MESSAGE = "must be a 6-digit ISTAT code";

    private Patterns() {
    }
}

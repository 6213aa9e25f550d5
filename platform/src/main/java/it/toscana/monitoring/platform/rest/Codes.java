package it.toscana.monitoring.platform.rest;

/** Formats of the regional codes every service accepts, for request bodies, path parameters and filters. */
public final class Codes {

    public static final String ISTAT = "[0-9]{6}";
    public static final String ISTAT_MESSAGE = "must be a 6-digit ISTAT code such as 046004";
    public static final String PROVINCE = "[A-Z]{2}";
    public static final String PROVINCE_MESSAGE = "must be a two-letter province code such as LU";
    public static final String COMMUNITY = "[a-z0-9]+(-[a-z0-9]+)*";
    public static final String COMMUNITY_MESSAGE = "must be a community code (a lowercase slug) such as alta-val-di-cecina";

    private Codes() {
    }
}

package it.toscana.monitoring.events;

/** CloudEvents {@code type} values. A changed payload is a new version suffix, never a silent edit. */
public final class EventTypes {

    private static final String PREFIX = "it.toscana.monitoring.";

    public static final String COMMUNITY_UPSERTED = PREFIX + "territory.community.upserted.v1";
    public static final String COMMUNITY_DELETED = PREFIX + "territory.community.deleted.v1";

    private EventTypes() {
    }
}

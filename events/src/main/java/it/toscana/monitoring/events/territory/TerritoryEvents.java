package it.toscana.monitoring.events.territory;

/** Event types on {@code territory.events}. A deleted event carries the last state with the next version. */
public final class TerritoryEvents {

    private static final String PREFIX = "it.toscana.monitoring.territory.";

    public static final String COMMUNITY_UPSERTED = PREFIX + "community.upserted.v1";
    public static final String COMMUNITY_DELETED = PREFIX + "community.deleted.v1";
    public static final String MUNICIPALITY_UPSERTED = PREFIX + "municipality.upserted.v1";
    public static final String MUNICIPALITY_DELETED = PREFIX + "municipality.deleted.v1";
    public static final String MEMBERSHIP_UPSERTED = PREFIX + "membership.upserted.v1";
    public static final String MEMBERSHIP_DELETED = PREFIX + "membership.deleted.v1";
    public static final String PLACE_UPSERTED = PREFIX + "place.upserted.v1";
    public static final String PLACE_DELETED = PREFIX + "place.deleted.v1";

    private TerritoryEvents() {
    }
}

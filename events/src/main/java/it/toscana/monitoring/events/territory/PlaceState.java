package it.toscana.monitoring.events.territory;

import it.toscana.monitoring.events.VersionedById;

/** A place other services point at (hospital, school, library, judicial office…). */
public record PlaceState(
        String id,
        PlaceKind kind,
        String name,
        String istatCode,
        String address,
        long version) implements VersionedById {

    public enum PlaceKind {
        HOSPITAL, SCHOOL, LIBRARY, YOUTH_CENTRE, GIUDICE_DI_PACE, TRIBUNAL_SECTION, TOWN_HALL, OTHER
    }
}

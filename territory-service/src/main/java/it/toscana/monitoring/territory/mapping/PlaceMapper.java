package it.toscana.monitoring.territory.mapping;

import it.toscana.monitoring.events.territory.PlaceState;
import it.toscana.monitoring.territory.api.PlaceRequest;
import it.toscana.monitoring.territory.api.PlaceResponse;
import it.toscana.monitoring.territory.domain.Place;

public final class PlaceMapper {

    private PlaceMapper() {
    }

    public static PlaceResponse toResponse(Place place) {
        return new PlaceResponse(place.id, place.kind, place.name, place.istatCode, place.address, place.version);
    }

    /** The current state as a request, for a merge patch to apply onto. */
    public static PlaceRequest toRequest(Place place) {
        return new PlaceRequest(place.kind, place.name, place.istatCode, place.address);
    }

    public static PlaceState toState(Place place) {
        return toState(place, place.version);
    }

    public static PlaceState toState(Place place, long version) {
        return new PlaceState(place.id.toString(), place.kind, place.name, place.istatCode, place.address, version);
    }
}

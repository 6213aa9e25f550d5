package it.toscana.monitoring.territory.api;

import java.util.UUID;

import it.toscana.monitoring.events.territory.PlaceState.PlaceKind;
import it.toscana.monitoring.platform.rest.VersionedBody;

public record PlaceResponse(
        UUID id,
        PlaceKind kind,
        String name,
        String istatCode,
        String address,
        long version) implements VersionedBody {
}

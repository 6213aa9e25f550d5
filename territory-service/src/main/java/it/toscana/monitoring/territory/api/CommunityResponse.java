package it.toscana.monitoring.territory.api;

import java.util.List;

import it.toscana.monitoring.events.territory.CommunityKind;
import it.toscana.monitoring.platform.rest.VersionedBody;

public record CommunityResponse(
        String code,
        String name,
        CommunityKind kind,
        List<String> provinces,
        String legalBasis,
        String homogeneousZone,
        String notes,
        long version) implements VersionedBody {
}

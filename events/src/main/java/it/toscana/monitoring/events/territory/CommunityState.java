package it.toscana.monitoring.events.territory;

import java.util.List;

import it.toscana.monitoring.events.Versioned;

/** Full state of a community (Comunità Montana or Unione di Comuni) as published on {@code territory.events}. */
public record CommunityState(
        String code,
        String name,
        CommunityKind kind,
        List<String> provinces,
        String legalBasis,
        String homogeneousZone,
        String notes,
        long version) implements Versioned {

    @Override
    public String aggregateId() {
        return code;
    }
}

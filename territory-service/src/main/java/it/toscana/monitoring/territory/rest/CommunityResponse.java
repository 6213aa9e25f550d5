package it.toscana.monitoring.territory.rest;

import it.toscana.monitoring.events.territory.CommunityKind;

public record CommunityResponse(String code, String name, CommunityKind kind, long version) {
}

package it.toscana.monitoring.events.territory;

public enum CommunityKind {
    COMUNITA_MONTANA,
    UNIONE_COMUNI
}

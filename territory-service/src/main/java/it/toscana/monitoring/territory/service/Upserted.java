package it.toscana.monitoring.territory.service;

/** The result of a write that creates or replaces: 201 or 200. */
public record Upserted<E>(E entity, boolean created) {
}

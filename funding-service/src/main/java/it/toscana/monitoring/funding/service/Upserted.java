package it.toscana.monitoring.funding.service;

/** The entity a PUT or bulk upsert wrote, and whether it was new (201) or replaced (200). */
public record Upserted<T>(T entity, boolean created) {
}

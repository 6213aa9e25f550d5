package it.toscana.monitoring.platform.aggregate;

/** The outcome of a write that creates or replaces by key: the aggregate, and whether it was new (201) or replaced (200). */
public record Upserted<E>(E entity, boolean created) {
}

package it.toscana.monitoring.refdata;

/** A PUT by natural key of a request (a generated client model) that the caller counts, skipped when the service holds it. */
@FunctionalInterface
interface Upsert {
    void upsert(String kind, String id, String path, Object request);
}

package it.toscana.monitoring.refdata;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A PUT by natural key that the caller counts (and skips when the service already holds the values). */
@FunctionalInterface
interface Upsert {
    void upsert(String kind, String id, String path, ObjectNode body);
}

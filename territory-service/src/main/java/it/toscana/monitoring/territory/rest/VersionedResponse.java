package it.toscana.monitoring.territory.rest;

/** A single resource's body; its version is the resource's ETag. */
public interface VersionedResponse {

    long version();
}

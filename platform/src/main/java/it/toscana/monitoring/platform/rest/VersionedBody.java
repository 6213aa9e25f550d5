package it.toscana.monitoring.platform.rest;

/** A single resource's body; its version is the resource's ETag. */
public interface VersionedBody {

    long version();
}

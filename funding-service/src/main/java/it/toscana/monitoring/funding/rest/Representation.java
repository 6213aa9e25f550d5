package it.toscana.monitoring.funding.rest;

/** A response body of one aggregate; its version is the response's ETag. */
interface Representation {

    long version();
}

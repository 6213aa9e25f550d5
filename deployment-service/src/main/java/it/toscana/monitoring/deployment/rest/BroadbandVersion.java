package it.toscana.monitoring.deployment.rest;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

/** One version of a municipality's broadband facts: the state served then, or the deletion. */
public record BroadbandVersion(long version, Instant recordedAt, boolean deleted, JsonNode state) {
}

package it.toscana.monitoring.deployment.api;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import it.toscana.monitoring.deployment.domain.RolloutFact;

/**
 * A rollout fact as served: its id, version (also the ETag) and last change, then the same
 * fields the client writes, with {@code communityCode} as resolved when it was written.
 */
public record FactResponse<Q>(String id, long version, Instant updatedAt, @JsonUnwrapped Q fields) {

    public static <Q> FactResponse<Q> of(RolloutFact fact, Q fields) {
        return new FactResponse<>(fact.id, fact.version, fact.updatedAt, fields);
    }
}

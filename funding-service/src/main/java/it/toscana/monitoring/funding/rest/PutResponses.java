package it.toscana.monitoring.funding.rest;

import java.net.URI;
import java.util.function.Function;

import it.toscana.monitoring.platform.aggregate.Upserted;
import it.toscana.monitoring.platform.rest.Responses;
import it.toscana.monitoring.platform.rest.VersionedBody;
import jakarta.ws.rs.core.Response;

/** The answer to a PUT that creates or replaces a resource by its key. */
final class PutResponses {

    private PutResponses() {
    }

    /** 201 with Location for a new resource, 200 for a replaced one; the ETag is the version. */
    static <E> Response of(Upserted<E> upserted, String location, Function<E, VersionedBody> toResponse) {
        return Responses.createdOrOk(upserted.created(), URI.create(location), toResponse.apply(upserted.entity()));
    }
}

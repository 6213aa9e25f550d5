package it.toscana.monitoring.funding.rest;

import java.net.URI;
import java.util.function.Function;

import it.toscana.monitoring.funding.service.Upserted;
import it.toscana.monitoring.platform.rest.Etags;
import jakarta.ws.rs.core.Response;

/** The few response shapes every resource of this service returns, with the ETag = version. */
final class Responses {

    private Responses() {
    }

    static Response ok(Representation body) {
        return Response.ok(body).tag(Etags.of(body.version())).build();
    }

    static Response created(String location, Representation body) {
        return Response.created(URI.create(location)).entity(body).tag(Etags.of(body.version())).build();
    }

    /** 201 with Location for a new resource, 200 for a replaced one. */
    static <E> Response upserted(Upserted<E> upserted, String location, Function<E, Representation> toResponse) {
        Representation body = toResponse.apply(upserted.entity());
        return upserted.created() ? created(location, body) : ok(body);
    }

    static Response multiStatus(Object bulkResult) {
        return Response.status(207).entity(bulkResult).build();
    }
}

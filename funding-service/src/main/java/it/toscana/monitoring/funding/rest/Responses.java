package it.toscana.monitoring.funding.rest;

import java.net.URI;

import it.toscana.monitoring.funding.service.Upserted;
import it.toscana.monitoring.platform.rest.Etags;
import jakarta.ws.rs.core.Response;

/** The few response shapes every resource of this service returns, with the ETag = version. */
final class Responses {

    private Responses() {
    }

    static Response ok(Object body, long version) {
        return Response.ok(body).tag(Etags.of(version)).build();
    }

    static Response created(String location, Object body, long version) {
        return Response.created(URI.create(location)).entity(body).tag(Etags.of(version)).build();
    }

    /** 201 with Location for a new resource, 200 for a replaced one. */
    static Response upserted(Upserted<?> upserted, String location, Object body, long version) {
        return upserted.created() ? created(location, body, version) : ok(body, version);
    }

    static Response multiStatus(Object bulkResult) {
        return Response.status(207).entity(bulkResult).build();
    }
}

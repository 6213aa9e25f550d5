package it.toscana.monitoring.platform.rest;

import java.net.URI;

import org.jboss.resteasy.reactive.RestResponse;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The answers every single-resource write and read share: the body with its version as ETag. */
public final class Responses {

    public static final String CSV = "text/csv";
    public static final int MULTI_STATUS = 207;

    private Responses() {
    }

    /** 200 with the resource and its ETag. */
    public static Response ok(Object body, long version) {
        return Response.ok(body).tag(Etags.of(version)).build();
    }

    public static Response ok(VersionedBody body) {
        return ok(body, body.version());
    }

    /** 201 with Location (on the public base URL, see {@link PublicUrls}), the resource and its ETag. */
    public static Response created(URI location, Object body, long version) {
        return Response.created(PublicUrls.of(location)).tag(Etags.of(version)).entity(body).build();
    }

    public static Response created(URI location, VersionedBody body) {
        return created(location, body, body.version());
    }

    /** 201 when the write created the resource, else 200. */
    public static Response createdOrOk(boolean created, URI location, Object body, long version) {
        return created ? created(location, body, version) : ok(body, version);
    }

    public static Response createdOrOk(boolean created, URI location, VersionedBody body) {
        return createdOrOk(created, location, body, body.version());
    }

    /**
     * The same answer, with the body's type in the signature: a generic resource method declares
     * {@code RestResponse<R>} so that the OpenAPI scanner documents each subclass's body as its R.
     */
    @SuppressWarnings("unchecked")
    public static <T> RestResponse<T> typed(Response response) {
        RestResponse.ResponseBuilder<T> typed = RestResponse.ResponseBuilder.create(response.getStatusInfo(),
                (T) response.getEntity());
        response.getHeaders().forEach((name, values) -> values.forEach(value -> typed.header(name, value)));
        return typed.build();
    }

    public static Response multiStatus(Object result) {
        return Response.status(MULTI_STATUS).entity(result).build();
    }

    /** The Idempotency-Key scope: the same key may be used once per method and path. */
    public static String operation(String method, UriInfo uri) {
        return method + " " + uri.getPath();
    }
}

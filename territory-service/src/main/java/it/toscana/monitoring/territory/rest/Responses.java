package it.toscana.monitoring.territory.rest;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import it.toscana.monitoring.platform.problem.ProblemException;
import it.toscana.monitoring.platform.rest.BulkResult;
import it.toscana.monitoring.platform.rest.Etags;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The shapes every resource of the register answers with. */
final class Responses {

    static final String JSON = "application/json";
    static final String CSV = "text/csv";
    static final int MULTI_STATUS = 207;

    private Responses() {
    }

    /** 200 with the resource and its ETag. */
    static Response ok(VersionedResponse body) {
        return Response.ok(body).tag(Etags.of(body.version())).build();
    }

    /** 201 with Location, the resource and its ETag. */
    static Response created(String location, VersionedResponse body) {
        return Response.created(URI.create(location)).tag(Etags.of(body.version())).entity(body).build();
    }

    /** 201 when the write created the resource, else 200. */
    static Response createdOrOk(boolean created, String location, VersionedResponse body) {
        return created ? created(location, body) : ok(body);
    }

    static Response multiStatus(BulkResult result) {
        return Response.status(MULTI_STATUS).entity(result).build();
    }

    /** The Idempotency-Key scope: the same key may be used once per method and path. */
    static String operation(String method, UriInfo uri) {
        return method + " " + uri.getPath();
    }

    /** A merge patch needs a JSON object; an empty body is not "change nothing". */
    static JsonNode requirePatch(JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            throw new ProblemException(400, "Malformed request body", "A merge patch is a JSON object.", List.of());
        }
        return patch;
    }
}

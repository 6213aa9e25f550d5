package it.toscana.monitoring.platform.problem;

import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** Problem responses built outside an exception mapper (e.g. in a request filter). */
public final class Problems {

    private Problems() {
    }

    public static Response of(int status, String title, String detail, String instance) {
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status, detail, instance, List.of())).build();
    }

    public static Response unauthorized(String instance, String detail) {
        return Response.fromResponse(of(401, "Unauthorized", detail, instance))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    public static Response tooManyRequests(String instance, long retryAfterSeconds) {
        return Response.fromResponse(of(429, "Too many requests",
                "This client has used its request budget; retry after " + retryAfterSeconds + " s.", instance))
                .header(HttpHeaders.RETRY_AFTER, retryAfterSeconds).build();
    }

    public static Response forbidden(String instance, String detail) {
        return of(403, "Forbidden", detail, instance);
    }
}

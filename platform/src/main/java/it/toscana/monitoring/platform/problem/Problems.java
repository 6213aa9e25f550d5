package it.toscana.monitoring.platform.problem;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpServerResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** Problem responses of the catalogue, built where no exception is thrown (a mapper, a request filter). */
public final class Problems {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Problems() {
    }

    /** Ends a Vert.x response with the problem, for refusals made on the router before any resource runs. */
    public static void send(HttpServerResponse response, ProblemType type, String detail, String instance) {
        String body;
        try {
            body = JSON.writeValueAsString(Problem.of(type, detail, instance, List.of()));
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + type.status() + "}";
        }
        response.setStatusCode(type.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(body);
    }

    public static Response of(ProblemType type, String detail, String instance) {
        return of(type, detail, instance, List.of());
    }

    public static Response of(ProblemType type, String detail, String instance, List<Problem.FieldError> errors) {
        return Response.status(type.status()).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(type, detail, instance, errors)).build();
    }

    public static Response of(ProblemException e, String instance) {
        Response.ResponseBuilder response = Response.status(e.status()).type(Problem.MEDIA_TYPE).entity(e.toProblem(instance));
        if (e.retryAfterSeconds() != null) {
            response.header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds());
        }
        return response.build();
    }

    public static Response unauthorized(String instance, String detail) {
        return Response.fromResponse(of(ProblemType.UNAUTHORIZED, detail, instance))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    /** 429 with {@code Retry-After}: the request budget, or the open streams, of this client are used up. */
    public static Response tooManyRequests(String instance, String detail, long retryAfterSeconds) {
        return Response.fromResponse(of(ProblemType.RATE_LIMITED, detail, instance))
                .header(HttpHeaders.RETRY_AFTER, retryAfterSeconds).build();
    }

    public static Response tooManyRequests(String instance, long retryAfterSeconds) {
        return tooManyRequests(instance,
                "This client has used its request budget; retry after " + retryAfterSeconds + " s.", retryAfterSeconds);
    }

    public static Response forbidden(String instance, String detail) {
        return of(ProblemType.FORBIDDEN, detail, instance);
    }
}

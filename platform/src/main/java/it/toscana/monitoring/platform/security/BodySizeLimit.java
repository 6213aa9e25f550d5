package it.toscana.monitoring.platform.security;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import it.toscana.monitoring.platform.problem.Problem;
import it.toscana.monitoring.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A body larger than {@code quarkus.http.limits.max-body-size} is refused with 413 as
 * problem+json before it is read (Vert.x's own limit, which stays as the backstop for chunked
 * bodies, answers with an empty body).
 */
@ApplicationScoped
public class BodySizeLimit {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBodySize;

    private static final ObjectMapper JSON = new ObjectMapper();

    void install(@Observes Router router) {
        long limit = maxBodySize.asLongValue();
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            long declared;
            try {
                declared = length == null ? -1 : Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                declared = -1;
            }
            if (declared <= limit) {
                context.next();
                return;
            }
            Problem problem = Problem.of(ProblemType.TOO_LARGE,
                    "The body has " + declared + " bytes; at most " + limit + " are accepted.",
                    context.request().path(), java.util.List.of());
            String body;
            try {
                body = JSON.writeValueAsString(problem);
            } catch (JsonProcessingException e) {
                body = "{\"status\":413}";
            }
            context.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close").end(body);
        });
    }
}

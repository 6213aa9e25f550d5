package it.toscana.monitoring.platform.security;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import it.toscana.monitoring.platform.problem.ProblemType;
import it.toscana.monitoring.platform.problem.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Requests past the size limits are refused as problem+json before anything reads them: a body larger than
 * {@code quarkus.http.limits.max-body-size} with 413, a request target (path and query) longer than
 * {@code platform.limits.max-request-target} with 414. Vert.x's own limits stay as backstops above these
 * (chunked bodies; request lines past {@code quarkus.http.limits.max-initial-line-length}), and answer with an
 * empty body: its 414 even says HTTP/1.0 without {@code Connection: close}, so a client that kept the
 * connection then lost its next request on the closed socket.
 */
@ApplicationScoped
public class RequestLimits {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBodySize;

    @ConfigProperty(name = "platform.limits.max-request-target", defaultValue = "8192")
    int maxRequestTarget;

    void install(@Observes Router router) {
        long bodyLimit = maxBodySize.asLongValue();
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            int target = context.request().uri().length();
            long body = declaredLength(context);
            if (target > maxRequestTarget) {
                refuse(context, ProblemType.URI_TOO_LONG, "The path and query have " + target + " characters; at most "
                        + maxRequestTarget + " are accepted. Send fewer or shorter parameters.", false);
            } else if (body > bodyLimit) {
                // The unread body would follow on the connection: close it.
                refuse(context, ProblemType.TOO_LARGE, "The body has " + body + " bytes; at most " + bodyLimit + " are accepted.", true);
            } else {
                context.next();
            }
        });
    }

    private static long declaredLength(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void refuse(RoutingContext context, ProblemType type, String detail, boolean close) {
        if (close) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
        }
        // The instance is the path alone: the over-long query is not echoed back.
        Problems.send(context.response(), type, detail, context.request().path());
    }
}

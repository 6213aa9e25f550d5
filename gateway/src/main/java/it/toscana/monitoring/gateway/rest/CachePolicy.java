package it.toscana.monitoring.gateway.rest;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import it.toscana.monitoring.platform.security.SecurityConfig;
import it.toscana.monitoring.platform.security.WriteAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * One Cache-Control directive on every answer of the gateway, whoever wrote it (a resource, a routed service,
 * the static dashboard files, a refusal). A public read (a successful or 304 GET or HEAD outside the guarded
 * admin and webhook paths) says {@code no-cache}: browsers, dashboards and proxies may keep it and revalidate
 * with its ETag or Last-Modified, so a deploy or a new figure shows at once. Everything else (writes, errors,
 * admin answers) says {@code no-store}.
 */
@ApplicationScoped
public class CachePolicy {

    static final String REVALIDATE = "no-cache";
    static final String NEVER_STORE = "no-store";

    @Inject
    SecurityConfig security;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            // Set when the headers are written: the status is known then, and it replaces any earlier value.
            context.addHeadersEndHandler(done -> context.response().headers().set(HttpHeaders.CACHE_CONTROL, directive(context)));
            context.next();
        });
    }

    private String directive(RoutingContext context) {
        HttpServerRequest request = context.request();
        int status = context.response().getStatusCode();
        boolean read = request.method() == HttpMethod.GET || request.method() == HttpMethod.HEAD;
        boolean kept = status >= 200 && status < 300 || status == 304;
        return read && kept && !WriteAccess.under(request.path(), security.guardedPaths()) ? REVALIDATE : NEVER_STORE;
    }
}

package it.toscana.monitoring.gateway.dashboard;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The dashboard's pages are static files (META-INF/resources): {@code /} is the region,
 * {@code /communities/{code}} serves community.html, which reads its code from the address.
 * Only these paths get a Content-Security-Policy wider than the API's {@code default-src 'none'}:
 * scripts, styles and data from this origin, nothing inline, nothing from elsewhere.
 */
@ApplicationScoped
public class DashboardRoutes {

    public static final String PAGE_CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /** The pages and the files they load; the API's paths never match. */
    static final String PAGE_PATHS = "/|/index\\.html|/community\\.html|/communities/[^/]+|/dashboard/.*|/webjars/echarts/.*";

    void register(@Observes Router router) {
        router.routeWithRegex(HttpMethod.GET, PAGE_PATHS).order(Integer.MIN_VALUE + 1).handler(context -> {
            // Set when the headers are written, after the API-wide header configured in application.properties.
            context.addHeadersEndHandler(
                    done -> context.response().headers().set("Content-Security-Policy", PAGE_CONTENT_SECURITY_POLICY));
            context.next();
        });
        router.getWithRegex("/communities/[^/]+").handler(context -> context.reroute("/community.html"));
    }
}

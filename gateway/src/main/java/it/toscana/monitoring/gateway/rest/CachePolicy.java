package it.toscana.monitoring.gateway.rest;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import it.toscana.monitoring.platform.security.SecurityConfig;
import it.toscana.monitoring.platform.security.WriteAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Cache-Control on every API answer that does not set its own. A public read (a successful or 304 GET or HEAD
 * outside the gateway's guarded admin and webhook paths) says {@code no-cache}: dashboards and proxies may keep
 * it and revalidate with its ETag. Everything else (writes, errors, admin answers) says {@code no-store}.
 */
public class CachePolicy {

    static final String REVALIDATE = "no-cache";
    static final String NEVER_STORE = "no-store";

    @Inject
    SecurityConfig security;

    @ServerResponseFilter
    public void cacheControl(ContainerRequestContext request, ContainerResponseContext response) {
        if (!response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, isPublicRead(request, response) ? REVALIDATE : NEVER_STORE);
        }
    }

    private boolean isPublicRead(ContainerRequestContext request, ContainerResponseContext response) {
        boolean read = HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
        boolean kept = response.getStatusInfo().getFamily() == Response.Status.Family.SUCCESSFUL
                || response.getStatus() == Response.Status.NOT_MODIFIED.getStatusCode();
        return read && kept && !WriteAccess.under(request.getUriInfo().getPath(), security.guardedPaths());
    }
}

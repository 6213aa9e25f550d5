package it.toscana.monitoring.gateway.ratelimit;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import it.toscana.monitoring.platform.problem.Problems;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Every request to the public API takes one token from its client's budget, or gets 429 with
 * {@code Retry-After}. Anonymous callers are told apart by address (behind a reverse proxy, let
 * Quarkus trust its X-Forwarded-For: {@code quarkus.http.proxy.*}); callers with a valid token by
 * its subject, with a larger budget. An invalid token counts as anonymous, so sending one does
 * not escape the limit.
 */
public class RateLimitFilter {

    @Inject
    ClientBudgets budgets;

    @Inject
    CurrentIdentityAssociation identities;

    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION - 100)
    public Uni<Response> limit(ContainerRequestContext request, HttpServerRequest http) {
        if (!budgets.enabled()) {
            return Uni.createFrom().nullItem();
        }
        String address = http.remoteAddress() == null ? "unknown" : http.remoteAddress().host();
        String path = request.getUriInfo().getPath();
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
            return Uni.createFrom().item(answer(budgets.anonymous(address), path));
        }
        return identities.getDeferredIdentity()
                .map(identity -> answer(isAuthenticated(identity)
                        ? budgets.authenticated(identity.getPrincipal().getName())
                        : budgets.anonymous(address), path))
                .onFailure().recoverWithItem(() -> answer(budgets.anonymous(address), path));
    }

    private static Response answer(long retryAfterSeconds, String path) {
        return retryAfterSeconds == 0 ? null : Problems.tooManyRequests(path, retryAfterSeconds);
    }

    private static boolean isAuthenticated(SecurityIdentity identity) {
        return identity != null && !identity.isAnonymous() && identity.getPrincipal() != null;
    }
}

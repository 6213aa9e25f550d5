package it.toscana.monitoring.platform.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import it.toscana.monitoring.platform.problem.Problems;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

/**
 * Function-level authorization of every write, in one place: reads pass; a write under a guarded
 * path needs a valid bearer JWT (401 otherwise) whose role may write that path (403 otherwise).
 * Object-level checks (an operator's own community) are made by the services with
 * {@link CommunityAccess}, where the target's community is known.
 */
public class WriteAccess {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    SecurityConfig config;

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public Uni<Response> authorize(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!WRITES.contains(request.getMethod()) || !under(path, config.guardedPaths())) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity()
                .map(identity -> decide(identity, path, request))
                .onFailure(AuthenticationFailedException.class)
                .recoverWithItem(() -> Problems.unauthorized(path, "The bearer token is invalid or expired."));
    }

    private Response decide(SecurityIdentity identity, String path, ContainerRequestContext request) {
        if (identity == null || identity.isAnonymous()) {
            return Problems.unauthorized(path, "Writes need a bearer token (Authorization: Bearer <JWT>).");
        }
        boolean allowed = rolesAllowedToWrite(config, path).stream().anyMatch(role -> identity.hasRole(role)
                && (!role.equals(Roles.COMMUNITY_OPERATOR) || CommunityAccess.communityOf(identity) != null));
        return allowed ? null : Problems.forbidden(path, "Your role may not " + request.getMethod() + " " + path + ".");
    }

    /**
     * The roles that may write under {@code path} (a community operator only with a community
     * claim), or none when writes there need no token; the OpenAPI documents say the same from it.
     */
    public static List<String> rolesAllowedToWrite(SecurityConfig config, String path) {
        if (!under(path, config.guardedPaths())) {
            return List.of();
        }
        List<String> roles = new ArrayList<>(List.of(Roles.REGION_ADMIN));
        if (under(path, config.erpPaths())) {
            roles.add(Roles.ERP_INTEGRATION);
        }
        if (under(path, config.operatorPaths())) {
            roles.add(Roles.COMMUNITY_OPERATOR);
        }
        return roles;
    }

    /** Whether {@code method} is a write this filter authorizes. */
    public static boolean isWrite(String method) {
        return WRITES.contains(method.toUpperCase(Locale.ROOT));
    }

    static String claim(JsonWebToken token, String name) {
        Object value = token.getClaim(name);
        return value == null ? null : value.toString().replace("\"", "");
    }

    /** Whether {@code path} is one of {@code prefixes} or below one. */
    public static boolean under(String path, List<String> prefixes) {
        return prefixes.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/"));
    }
}

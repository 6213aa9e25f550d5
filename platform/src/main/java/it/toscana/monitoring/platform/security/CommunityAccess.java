package it.toscana.monitoring.platform.security;

import java.util.List;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import it.toscana.monitoring.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Object-level authorization of a {@code community-operator}: it may change only objects of its
 * own community (the {@code community} claim). Services call {@link #checkWrite} with the
 * community of the object as stored (before the change) and as it will be (after), resolved from
 * their own data, never from what the client claims. Other callers pass: their writes were
 * already limited by role in {@link WriteAccess}.
 */
@ApplicationScoped
public class CommunityAccess {

    @Inject
    CurrentIdentityAssociation identities;

    public void checkWrite(String communityCode, String what) {
        if (!Arc.container().requestContext().isActive()) {
            return; // not a client request (e.g. a consumer or a start-up task)
        }
        SecurityIdentity identity = identities.getIdentity();
        if (identity == null || identity.isAnonymous() || identity.hasRole(Roles.REGION_ADMIN)
                || !identity.hasRole(Roles.COMMUNITY_OPERATOR)) {
            return;
        }
        String own = communityOf(identity);
        if (own == null || !own.equals(communityCode)) {
            throw new ProblemException(403, "Forbidden", "A community operator of " + own + " may not change "
                    + what + (communityCode == null ? ", which belongs to no community." : " of community " + communityCode + "."),
                    List.of());
        }
    }

    static String communityOf(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            String community = WriteAccess.claim(token, Roles.COMMUNITY_CLAIM);
            return community == null || community.isBlank() ? null : community;
        }
        return null;
    }
}

package it.toscana.monitoring.platform.security;

import java.util.Optional;

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
        operatorCommunity().ifPresent(own -> {
            if (!own.equals(communityCode)) {
                throw ProblemException.forbidden("A community operator of " + own + " may not change " + what
                        + (communityCode == null ? ", which belongs to no community." : " of community " + communityCode + "."));
            }
        });
    }

    /**
     * An operator's write that names a municipality must concern one of its own community
     * ({@code municipalityCommunity}: the community the service's territory replica has it in today,
     * null when it knows none), whatever community the body names beside it.
     */
    public void checkMunicipality(String istatCode, String municipalityCommunity) {
        if (istatCode == null) {
            return;
        }
        operatorCommunity().ifPresent(own -> {
            if (!own.equals(municipalityCommunity)) {
                throw ProblemException.forbidden("A community operator of " + own + " may not write about municipality "
                        + istatCode + (municipalityCommunity == null ? ", which is in no known community."
                                : ", which is in community " + municipalityCommunity + "."));
            }
        });
    }

    /** The community a community-operator is limited to ("" when its token names none); empty for other callers. */
    private Optional<String> operatorCommunity() {
        if (!Arc.container().requestContext().isActive()) {
            return Optional.empty(); // not a client request (e.g. a consumer or a start-up task)
        }
        SecurityIdentity identity = identities.getIdentity();
        if (identity == null || identity.isAnonymous() || identity.hasRole(Roles.REGION_ADMIN)
                || !identity.hasRole(Roles.COMMUNITY_OPERATOR)) {
            return Optional.empty();
        }
        String own = communityOf(identity);
        return Optional.of(own == null ? "" : own);
    }

    static String communityOf(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            String community = WriteAccess.claim(token, Roles.COMMUNITY_CLAIM);
            return community == null || community.isBlank() ? null : community;
        }
        return null;
    }
}

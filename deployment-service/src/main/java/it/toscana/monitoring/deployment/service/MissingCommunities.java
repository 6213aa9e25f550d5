package it.toscana.monitoring.deployment.service;

import org.jboss.logging.Logger;

import it.toscana.monitoring.platform.territory.MunicipalityMembershipChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Territory events and deployment facts arrive in any order: a fact about a municipality whose
 * membership had not reached the replica was stored without a community. When the replica learns
 * the membership, those facts get their community (new version and event, in the replica's
 * transaction), so the gateway's per-community totals count them.
 */
@ApplicationScoped
public class MissingCommunities {

    private static final Logger LOG = Logger.getLogger(MissingCommunities.class);

    @Inject
    Locations locations;

    @Inject
    RolloutFactService facts;

    void resolve(@Observes MunicipalityMembershipChanged change) {
        locations.communityToday(change.istatCode()).ifPresent(community -> {
            int resolved = FactKinds.all().stream()
                    .mapToInt(kind -> facts.resolveMissingCommunity(kind, change.istatCode(), community))
                    .sum();
            if (resolved > 0) {
                LOG.infof("%d facts about municipality %s now belong to community %s", resolved,
                        change.istatCode(), community);
            }
        });
    }
}

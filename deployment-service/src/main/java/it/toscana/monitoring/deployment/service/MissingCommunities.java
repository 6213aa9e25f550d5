package it.toscana.monitoring.deployment.service;

import java.util.List;

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

    /** Every kind of fact that can be stored without a community (community broadband always names one). */
    private static final List<FactKind<?, ?>> KINDS = List.of(BroadbandService.KIND, PaasPoints.KIND,
            FactKinds.NAL_NODE, FactKinds.INTERPRO, FactKinds.TELECENTRE, FactKinds.VOIP, FactKinds.FORE_GOV,
            FactKinds.JUSTICE_OFFICE);

    @Inject
    Locations locations;

    @Inject
    RolloutFacts facts;

    void resolve(@Observes MunicipalityMembershipChanged change) {
        locations.communityToday(change.istatCode()).ifPresent(community -> {
            int resolved = KINDS.stream()
                    .mapToInt(kind -> facts.resolveMissingCommunity(kind, change.istatCode(), community))
                    .sum();
            if (resolved > 0) {
                LOG.infof("%d facts about municipality %s now belong to community %s", resolved,
                        change.istatCode(), community);
            }
        });
    }
}

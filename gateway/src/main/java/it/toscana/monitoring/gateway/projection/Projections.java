package it.toscana.monitoring.gateway.projection;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import it.toscana.monitoring.events.CloudEvent;
import it.toscana.monitoring.events.EventJson;
import it.toscana.monitoring.events.Topics;
import it.toscana.monitoring.events.deployment.BroadbandState;
import it.toscana.monitoring.events.deployment.BroadbandStateV2;
import it.toscana.monitoring.events.deployment.DeploymentEvents;
import it.toscana.monitoring.events.deployment.InterProState;
import it.toscana.monitoring.events.deployment.NalNodeState;
import it.toscana.monitoring.events.deployment.PaasPointState;
import it.toscana.monitoring.events.funding.AllocationState;
import it.toscana.monitoring.events.funding.DeclaredTotalState;
import it.toscana.monitoring.events.funding.DeclaredTotalStateV2;
import it.toscana.monitoring.events.funding.FundingEvents;
import it.toscana.monitoring.platform.territory.TerritoryReplica;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Applies each event to the gateway's projections, inside the consumer's transaction, and
 * remembers which communities' totals changed until the transaction commits.
 */
@ApplicationScoped
public class Projections {

    @Inject
    TerritoryReplica territory;

    @Inject
    TotalsLedger ledger;

    @Inject
    EntityManager entityManager;

    // Only the consumer's thread touches it: filled while a batch applies, drained after its commit.
    private final Set<String> changedCommunities = new LinkedHashSet<>();

    public void apply(String topic, CloudEvent event) {
        if (Topics.TERRITORY.equals(topic)) {
            territory.apply(event);
            if (event.aggregateType().endsWith(".community")) {
                changedCommunities.add(event.subject());
            }
            return;
        }
        switch (event.type()) {
            case FundingEvents.ALLOCATION_UPSERTED -> contribute(event, ContributionRules.allocation(read(event, AllocationState.class)));
            case DeploymentEvents.PAAS_POINT_UPSERTED -> contribute(event, ContributionRules.paasPoint(read(event, PaasPointState.class)));
            case DeploymentEvents.NAL_NODE_UPSERTED -> contribute(event, ContributionRules.nalNode(read(event, NalNodeState.class)));
            case DeploymentEvents.INTERPRO_UPSERTED -> contribute(event, ContributionRules.interPro(read(event, InterProState.class)));
            case FundingEvents.ALLOCATION_DELETED, DeploymentEvents.PAAS_POINT_DELETED, DeploymentEvents.BROADBAND_DELETED_V1,
                    DeploymentEvents.BROADBAND_DELETED_V2, DeploymentEvents.NAL_NODE_DELETED, DeploymentEvents.INTERPRO_DELETED
                    -> contribute(event, null);
            // v1 and v2 share one aggregate type (same versions, same stored contribution); v1 stays on the
            // compacted topic for municipalities not written since v2, so both are read.
            case DeploymentEvents.BROADBAND_UPSERTED_V1 -> contribute(event, ContributionRules.broadband(BroadbandStateV2.of(read(event, BroadbandState.class))));
            case DeploymentEvents.BROADBAND_UPSERTED_V2 -> contribute(event, ContributionRules.broadband(read(event, BroadbandStateV2.class)));
            // v1 stays on the compacted topic for figures not written since v2, so both are read.
            case FundingEvents.DECLARED_TOTAL_UPSERTED_V1 -> upsertDeclared(event, DeclaredTotalStateV2.of(read(event, DeclaredTotalState.class)));
            case FundingEvents.DECLARED_TOTAL_UPSERTED_V2 -> upsertDeclared(event, read(event, DeclaredTotalStateV2.class));
            case FundingEvents.DECLARED_TOTAL_DELETED_V1 -> deleteDeclared(DeclaredTotalStateV2.of(read(event, DeclaredTotalState.class)));
            case FundingEvents.DECLARED_TOTAL_DELETED_V2 -> deleteDeclared(read(event, DeclaredTotalStateV2.class));
            default -> {
                // payments reach the totals through their allocation's event; other types are not projected
            }
        }
    }

    public void reset() {
        territory.reset();
        ledger.reset();
        entityManager.createNativeQuery("TRUNCATE declared_total").executeUpdate();
    }

    /** Communities whose totals changed since the last call. */
    public Set<String> drainChangedCommunities() {
        Set<String> changed = Set.copyOf(changedCommunities);
        changedCommunities.clear();
        return changed;
    }

    private void contribute(CloudEvent event, Contribution next) {
        List<String> touched = ledger.replace(event.aggregateType(), event.subject(), event.time(), next);
        changedCommunities.addAll(touched);
    }

    private void upsertDeclared(CloudEvent event, DeclaredTotalStateV2 state) {
        DeclaredTotal declared = DeclaredTotal.<DeclaredTotal>findByIdOptional(state.id()).orElseGet(DeclaredTotal::new);
        declared.id = state.id();
        declared.communityCode = state.communityCode();
        declared.scope = state.scope().name();
        declared.label = state.label();
        declared.fundingLineCode = state.fundingLineCode();
        declared.amount = state.amount();
        declared.sourceDocument = state.source() == null ? null : state.source().document();
        declared.sourceLocation = state.source() == null ? null : state.source().location();
        declared.note = state.note();
        declared.lastEventTime = event.time();
        declared.persist();
        changedCommunities.add(declaredScope(state));
    }

    private void deleteDeclared(DeclaredTotalStateV2 state) {
        DeclaredTotal.deleteById(state.id());
        changedCommunities.add(declaredScope(state));
    }

    private static String declaredScope(DeclaredTotalStateV2 state) {
        return state.communityCode() == null ? Contribution.UNATTRIBUTED : state.communityCode();
    }

    private static <T> T read(CloudEvent event, Class<T> type) {
        return EventJson.mapper().convertValue(event.data(), type);
    }
}

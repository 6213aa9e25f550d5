package it.toscana.monitoring.gateway.projection;

import static java.util.Map.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import it.toscana.monitoring.events.CloudEvent;
import it.toscana.monitoring.events.EventJson;
import it.toscana.monitoring.events.Topics;
import it.toscana.monitoring.events.deployment.BroadbandState;
import it.toscana.monitoring.events.deployment.BroadbandStateV2;
import it.toscana.monitoring.events.deployment.BroadbandStateV3;
import it.toscana.monitoring.events.deployment.DeploymentEvents;
import it.toscana.monitoring.events.deployment.ForeGovAdhesionState;
import it.toscana.monitoring.events.deployment.ForeGovAdhesionStateV2;
import it.toscana.monitoring.events.deployment.InterProState;
import it.toscana.monitoring.events.deployment.InterProStateV2;
import it.toscana.monitoring.events.deployment.JusticeOfficeState;
import it.toscana.monitoring.events.deployment.JusticeOfficeStateV2;
import it.toscana.monitoring.events.deployment.ServiceAdhesionState;
import it.toscana.monitoring.events.deployment.NalNodeState;
import it.toscana.monitoring.events.deployment.NalNodeStateV2;
import it.toscana.monitoring.events.deployment.PaasPointState;
import it.toscana.monitoring.events.deployment.PaasPointStateV2;
import it.toscana.monitoring.events.deployment.TelecentreState;
import it.toscana.monitoring.events.deployment.TelecentreStateV2;
import it.toscana.monitoring.events.deployment.VoipInstallationState;
import it.toscana.monitoring.events.deployment.VoipInstallationStateV2;
import it.toscana.monitoring.events.funding.AllocationState;
import it.toscana.monitoring.events.funding.AllocationStateV2;
import it.toscana.monitoring.events.funding.DeclaredTotalState;
import it.toscana.monitoring.events.funding.DeclaredTotalStateV2;
import it.toscana.monitoring.events.funding.DeclaredTotalStateV3;
import it.toscana.monitoring.events.funding.FundingEvents;
import it.toscana.monitoring.gateway.projection.TotalsLedger.AggregateKey;
import it.toscana.monitoring.gateway.projection.TotalsLedger.Applied;
import it.toscana.monitoring.platform.territory.TerritoryReplica;
import it.toscana.monitoring.platform.time.BusinessDate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Applies each event to the gateway's projections, inside the consumer's transaction, and remembers
 * which communities' totals changed until the transaction commits. What each event type does is held in
 * one place, {@link #CONTRIBUTIONS} and {@link #DECLARED}; types no projection needs are
 * {@link #NOT_PROJECTED}. A test checks that every published type is in one of them.
 */
@ApplicationScoped
public class Projections {

    /**
     * How each type of event contributes to the totals, given the event and its recording day (what a v1
     * payload, which has no business date, is dated by). Older versions still on the compacted topics are
     * read as the current one.
     */
    static final Map<String, BiFunction<CloudEvent, LocalDate, Contribution>> CONTRIBUTIONS = Map.ofEntries(
            entry(FundingEvents.ALLOCATION_UPSERTED, (event, day) -> ContributionRules.allocation(
                    read(event, AllocationState.class), day)),
            entry(FundingEvents.ALLOCATION_UPSERTED_V2, (event, day) -> ContributionRules.allocation(
                    read(event, AllocationStateV2.class))),
            entry(DeploymentEvents.PAAS_POINT_UPSERTED, (event, day) -> ContributionRules.paasPoint(
                    read(event, PaasPointState.class), day)),
            entry(DeploymentEvents.PAAS_POINT_UPSERTED_V2, (event, day) -> ContributionRules.paasPoint(
                    read(event, PaasPointStateV2.class))),
            entry(DeploymentEvents.BROADBAND_UPSERTED_V1, (event, day) -> ContributionRules.broadband(
                    BroadbandStateV3.of(BroadbandStateV2.of(read(event, BroadbandState.class)), day))),
            entry(DeploymentEvents.BROADBAND_UPSERTED_V2, (event, day) -> ContributionRules.broadband(
                    BroadbandStateV3.of(read(event, BroadbandStateV2.class), day))),
            entry(DeploymentEvents.BROADBAND_UPSERTED_V3, (event, day) -> ContributionRules.broadband(
                    read(event, BroadbandStateV3.class))),
            entry(DeploymentEvents.NAL_NODE_UPSERTED, (event, day) -> ContributionRules.nalNode(
                    NalNodeStateV2.of(read(event, NalNodeState.class), day))),
            entry(DeploymentEvents.NAL_NODE_UPSERTED_V2, (event, day) -> ContributionRules.nalNode(
                    read(event, NalNodeStateV2.class))),
            entry(DeploymentEvents.INTERPRO_UPSERTED, (event, day) -> ContributionRules.interPro(
                    InterProStateV2.of(read(event, InterProState.class), day))),
            entry(DeploymentEvents.INTERPRO_UPSERTED_V2, (event, day) -> ContributionRules.interPro(
                    read(event, InterProStateV2.class))),
            entry(DeploymentEvents.TELECENTRE_UPSERTED, (event, day) -> ContributionRules.telecentre(
                    TelecentreStateV2.of(read(event, TelecentreState.class), day))),
            entry(DeploymentEvents.TELECENTRE_UPSERTED_V2, (event, day) -> ContributionRules.telecentre(
                    read(event, TelecentreStateV2.class))),
            entry(DeploymentEvents.VOIP_INSTALLATION_UPSERTED, (event, day) -> ContributionRules.voip(
                    VoipInstallationStateV2.of(read(event, VoipInstallationState.class), day))),
            entry(DeploymentEvents.VOIP_INSTALLATION_UPSERTED_V2, (event, day) -> ContributionRules.voip(
                    read(event, VoipInstallationStateV2.class))),
            entry(DeploymentEvents.FORE_GOV_ADHESION_UPSERTED, (event, day) -> ContributionRules.foreGov(
                    ForeGovAdhesionStateV2.of(read(event, ForeGovAdhesionState.class), day))),
            entry(DeploymentEvents.FORE_GOV_ADHESION_UPSERTED_V2, (event, day) -> ContributionRules.foreGov(
                    read(event, ForeGovAdhesionStateV2.class))),
            entry(DeploymentEvents.JUSTICE_OFFICE_UPSERTED, (event, day) -> ContributionRules.justiceOffice(
                    JusticeOfficeStateV2.of(read(event, JusticeOfficeState.class), day))),
            entry(DeploymentEvents.JUSTICE_OFFICE_UPSERTED_V2, (event, day) -> ContributionRules.justiceOffice(
                    read(event, JusticeOfficeStateV2.class))),
            entry(DeploymentEvents.SERVICE_ADHESION_UPSERTED, (event, day) -> ContributionRules.serviceAdhesion(
                    read(event, ServiceAdhesionState.class))),
            removed(FundingEvents.ALLOCATION_DELETED), removed(FundingEvents.ALLOCATION_DELETED_V2),
            removed(DeploymentEvents.PAAS_POINT_DELETED), removed(DeploymentEvents.PAAS_POINT_DELETED_V2),
            removed(DeploymentEvents.BROADBAND_DELETED_V1), removed(DeploymentEvents.BROADBAND_DELETED_V2),
            removed(DeploymentEvents.BROADBAND_DELETED_V3),
            removed(DeploymentEvents.NAL_NODE_DELETED), removed(DeploymentEvents.NAL_NODE_DELETED_V2),
            removed(DeploymentEvents.INTERPRO_DELETED), removed(DeploymentEvents.INTERPRO_DELETED_V2),
            removed(DeploymentEvents.TELECENTRE_DELETED), removed(DeploymentEvents.TELECENTRE_DELETED_V2),
            removed(DeploymentEvents.VOIP_INSTALLATION_DELETED), removed(DeploymentEvents.VOIP_INSTALLATION_DELETED_V2),
            removed(DeploymentEvents.FORE_GOV_ADHESION_DELETED), removed(DeploymentEvents.FORE_GOV_ADHESION_DELETED_V2),
            removed(DeploymentEvents.JUSTICE_OFFICE_DELETED), removed(DeploymentEvents.JUSTICE_OFFICE_DELETED_V2),
            removed(DeploymentEvents.SERVICE_ADHESION_DELETED));

    /** Printed totals, every version read as the current one (null for a deletion). */
    static final Map<String, BiFunction<CloudEvent, LocalDate, DeclaredTotalStateV3>> DECLARED = Map.of(
            FundingEvents.DECLARED_TOTAL_UPSERTED_V1, (event, day) -> DeclaredTotalStateV3.of(
                    DeclaredTotalStateV2.of(read(event, DeclaredTotalState.class)), day),
            FundingEvents.DECLARED_TOTAL_UPSERTED_V2, (event, day) -> DeclaredTotalStateV3.of(
                    read(event, DeclaredTotalStateV2.class), day),
            FundingEvents.DECLARED_TOTAL_UPSERTED_V3, (event, day) -> read(event, DeclaredTotalStateV3.class),
            FundingEvents.DECLARED_TOTAL_DELETED_V1, (event, day) -> null,
            FundingEvents.DECLARED_TOTAL_DELETED_V2, (event, day) -> null,
            FundingEvents.DECLARED_TOTAL_DELETED_V3, (event, day) -> null);

    /** Payments reach the totals inside their allocation's event; the rest is not summed by the gateway. */
    static final Set<String> NOT_PROJECTED = Set.of(
            FundingEvents.PAYMENT_UPSERTED, FundingEvents.PAYMENT_DELETED,
            FundingEvents.FUNDING_LINE_UPSERTED, FundingEvents.FUNDING_LINE_DELETED,
            FundingEvents.CO_FINANCING_PROJECT_UPSERTED, FundingEvents.CO_FINANCING_PROJECT_DELETED,
            FundingEvents.CALL_UPSERTED, FundingEvents.CALL_DELETED,
            FundingEvents.MANDATORY_REQUIREMENT_UPSERTED, FundingEvents.MANDATORY_REQUIREMENT_DELETED,
            FundingEvents.REQUIREMENT_STATUS_UPSERTED, FundingEvents.REQUIREMENT_STATUS_DELETED,
            DeploymentEvents.COMMUNITY_BROADBAND_UPSERTED, DeploymentEvents.COMMUNITY_BROADBAND_DELETED,
            FundingEvents.IMPORT_JOB_FINISHED);

    @Inject
    TerritoryReplica territory;

    @Inject
    TotalsLedger ledger;

    @Inject
    DeclaredFigures declared;

    public void prepare(List<CloudEvent> events) {
        ledger.prepare(events.stream().filter(event -> CONTRIBUTIONS.containsKey(event.type()))
                .map(event -> new AggregateKey(event.aggregateType(), event.subject())).toList());
    }

    /** Applies one event; answers what it changed, for the change log. */
    public Applied apply(String topic, CloudEvent event) {
        if (Topics.TERRITORY.equals(topic)) {
            territory.apply(event);
            return new Applied(event.aggregateType().endsWith(".community") ? Set.of(event.subject()) : Set.of(), null);
        }
        LocalDate recordedOn = BusinessDate.day(event.time());
        BiFunction<CloudEvent, LocalDate, Contribution> contribution = CONTRIBUTIONS.get(event.type());
        if (contribution != null) {
            return ledger.apply(new AggregateKey(event.aggregateType(), event.subject()), event.time(),
                    contribution.apply(event, recordedOn));
        }
        if (DECLARED.containsKey(event.type())) {
            DeclaredTotalStateV3 state = DECLARED.get(event.type()).apply(event, recordedOn);
            if (state == null) {
                declared.close(event.subject(), event.time());
                return new Applied(Set.of(communityOf(read(event, DeclaredTotalStateV2.class).communityCode())), null);
            }
            declared.upsert(state, event.time());
            return new Applied(Set.of(communityOf(state.communityCode())), state.documentDate());
        }
        return new Applied(Set.of(), null);
    }

    public void flush() {
        ledger.flush();
    }

    public void reset() {
        territory.reset();
        ledger.reset();
        declared.reset();
    }

    private static Map.Entry<String, BiFunction<CloudEvent, LocalDate, Contribution>> removed(String type) {
        return entry(type, (event, day) -> new Contribution.Removed());
    }

    private static String communityOf(String code) {
        return code == null ? Contribution.UNATTRIBUTED : code;
    }

    private static <T> T read(CloudEvent event, Class<T> type) {
        return EventJson.mapper().convertValue(event.data(), type);
    }
}

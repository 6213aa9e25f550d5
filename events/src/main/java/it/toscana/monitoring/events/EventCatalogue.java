package it.toscana.monitoring.events;

import java.util.ArrayList;
import java.util.List;

import it.toscana.monitoring.events.deployment.BroadbandState;
import it.toscana.monitoring.events.deployment.BroadbandStateV2;
import it.toscana.monitoring.events.deployment.BroadbandStateV3;
import it.toscana.monitoring.events.deployment.CommunityBroadbandState;
import it.toscana.monitoring.events.deployment.DeploymentEvents;
import it.toscana.monitoring.events.deployment.ForeGovAdhesionState;
import it.toscana.monitoring.events.deployment.ForeGovAdhesionStateV2;
import it.toscana.monitoring.events.deployment.InterProState;
import it.toscana.monitoring.events.deployment.InterProStateV2;
import it.toscana.monitoring.events.deployment.JusticeOfficeState;
import it.toscana.monitoring.events.deployment.JusticeOfficeStateV2;
import it.toscana.monitoring.events.deployment.NalNodeState;
import it.toscana.monitoring.events.deployment.NalNodeStateV2;
import it.toscana.monitoring.events.deployment.PaasPointState;
import it.toscana.monitoring.events.deployment.PaasPointStateV2;
import it.toscana.monitoring.events.deployment.ServiceAdhesionState;
import it.toscana.monitoring.events.deployment.TelecentreState;
import it.toscana.monitoring.events.deployment.TelecentreStateV2;
import it.toscana.monitoring.events.deployment.VoipInstallationState;
import it.toscana.monitoring.events.deployment.VoipInstallationStateV2;
import it.toscana.monitoring.events.funding.AllocationState;
import it.toscana.monitoring.events.funding.AllocationStateV2;
import it.toscana.monitoring.events.funding.CallState;
import it.toscana.monitoring.events.funding.CoFinancingProjectState;
import it.toscana.monitoring.events.funding.DeclaredTotalState;
import it.toscana.monitoring.events.funding.DeclaredTotalStateV2;
import it.toscana.monitoring.events.funding.DeclaredTotalStateV3;
import it.toscana.monitoring.events.funding.FundingEvents;
import it.toscana.monitoring.events.funding.FundingLineState;
import it.toscana.monitoring.events.funding.ImportJobState;
import it.toscana.monitoring.events.funding.MandatoryRequirementState;
import it.toscana.monitoring.events.funding.PaymentState;
import it.toscana.monitoring.events.funding.RequirementStatusState;
import it.toscana.monitoring.events.territory.CommunityState;
import it.toscana.monitoring.events.territory.MembershipState;
import it.toscana.monitoring.events.territory.MunicipalityState;
import it.toscana.monitoring.events.territory.PlaceState;
import it.toscana.monitoring.events.territory.TerritoryEvents;

/**
 * Every event type of the contract with its topic and payload record: what the AsyncAPI document is
 * generated from. A test fails when a type constant of {@link TerritoryEvents}, {@link FundingEvents}
 * or {@link DeploymentEvents} has no entry here.
 */
public final class EventCatalogue {

    /** One event type: the topic it is published on, its CloudEvents {@code type} and the record its {@code data} binds to. */
    public record EventType(String topic, String type, Class<? extends Versioned> payload) {

        /** The version the type ends with: 2 for {@code ...allocation.upserted.v2}. */
        public int version() {
            return Integer.parseInt(type.substring(type.lastIndexOf(".v") + 2));
        }

        /** What happened: {@code upserted} or {@code deleted}. */
        public String action() {
            String withoutVersion = type.substring(0, type.lastIndexOf('.'));
            return withoutVersion.substring(withoutVersion.lastIndexOf('.') + 1);
        }

        /** The aggregate's name in the type, e.g. {@code allocation}. */
        public String aggregate() {
            String withoutVersion = type.substring(0, type.lastIndexOf('.'));
            String withoutAction = withoutVersion.substring(0, withoutVersion.lastIndexOf('.'));
            return withoutAction.substring(withoutAction.lastIndexOf('.') + 1);
        }
    }

    public static final List<EventType> ALL = build();

    private EventCatalogue() {
    }

    private static List<EventType> build() {
        List<EventType> all = new ArrayList<>();
        String territory = Topics.TERRITORY;
        pair(all, territory, TerritoryEvents.COMMUNITY_UPSERTED, TerritoryEvents.COMMUNITY_DELETED, CommunityState.class);
        pair(all, territory, TerritoryEvents.MUNICIPALITY_UPSERTED, TerritoryEvents.MUNICIPALITY_DELETED, MunicipalityState.class);
        pair(all, territory, TerritoryEvents.MEMBERSHIP_UPSERTED, TerritoryEvents.MEMBERSHIP_DELETED, MembershipState.class);
        pair(all, territory, TerritoryEvents.PLACE_UPSERTED, TerritoryEvents.PLACE_DELETED, PlaceState.class);

        String funding = Topics.FUNDING;
        pair(all, funding, FundingEvents.FUNDING_LINE_UPSERTED, FundingEvents.FUNDING_LINE_DELETED, FundingLineState.class);
        pair(all, funding, FundingEvents.ALLOCATION_UPSERTED, FundingEvents.ALLOCATION_DELETED, AllocationState.class);
        pair(all, funding, FundingEvents.ALLOCATION_UPSERTED_V2, FundingEvents.ALLOCATION_DELETED_V2, AllocationStateV2.class);
        pair(all, funding, FundingEvents.PAYMENT_UPSERTED, FundingEvents.PAYMENT_DELETED, PaymentState.class);
        pair(all, funding, FundingEvents.DECLARED_TOTAL_UPSERTED_V1, FundingEvents.DECLARED_TOTAL_DELETED_V1, DeclaredTotalState.class);
        pair(all, funding, FundingEvents.DECLARED_TOTAL_UPSERTED_V2, FundingEvents.DECLARED_TOTAL_DELETED_V2, DeclaredTotalStateV2.class);
        pair(all, funding, FundingEvents.DECLARED_TOTAL_UPSERTED_V3, FundingEvents.DECLARED_TOTAL_DELETED_V3, DeclaredTotalStateV3.class);
        pair(all, funding, FundingEvents.CO_FINANCING_PROJECT_UPSERTED, FundingEvents.CO_FINANCING_PROJECT_DELETED,
                CoFinancingProjectState.class);
        pair(all, funding, FundingEvents.CALL_UPSERTED, FundingEvents.CALL_DELETED, CallState.class);
        pair(all, funding, FundingEvents.MANDATORY_REQUIREMENT_UPSERTED, FundingEvents.MANDATORY_REQUIREMENT_DELETED,
                MandatoryRequirementState.class);
        pair(all, funding, FundingEvents.REQUIREMENT_STATUS_UPSERTED, FundingEvents.REQUIREMENT_STATUS_DELETED,
                RequirementStatusState.class);
        all.add(new EventType(funding, FundingEvents.IMPORT_JOB_FINISHED, ImportJobState.class)); // published once, never deleted

        String deployment = Topics.DEPLOYMENT;
        pair(all, deployment, DeploymentEvents.BROADBAND_UPSERTED_V1, DeploymentEvents.BROADBAND_DELETED_V1, BroadbandState.class);
        pair(all, deployment, DeploymentEvents.BROADBAND_UPSERTED_V2, DeploymentEvents.BROADBAND_DELETED_V2, BroadbandStateV2.class);
        pair(all, deployment, DeploymentEvents.BROADBAND_UPSERTED_V3, DeploymentEvents.BROADBAND_DELETED_V3, BroadbandStateV3.class);
        pair(all, deployment, DeploymentEvents.NAL_NODE_UPSERTED, DeploymentEvents.NAL_NODE_DELETED, NalNodeState.class);
        pair(all, deployment, DeploymentEvents.NAL_NODE_UPSERTED_V2, DeploymentEvents.NAL_NODE_DELETED_V2, NalNodeStateV2.class);
        pair(all, deployment, DeploymentEvents.INTERPRO_UPSERTED, DeploymentEvents.INTERPRO_DELETED, InterProState.class);
        pair(all, deployment, DeploymentEvents.INTERPRO_UPSERTED_V2, DeploymentEvents.INTERPRO_DELETED_V2, InterProStateV2.class);
        pair(all, deployment, DeploymentEvents.PAAS_POINT_UPSERTED, DeploymentEvents.PAAS_POINT_DELETED, PaasPointState.class);
        pair(all, deployment, DeploymentEvents.PAAS_POINT_UPSERTED_V2, DeploymentEvents.PAAS_POINT_DELETED_V2, PaasPointStateV2.class);
        pair(all, deployment, DeploymentEvents.TELECENTRE_UPSERTED, DeploymentEvents.TELECENTRE_DELETED, TelecentreState.class);
        pair(all, deployment, DeploymentEvents.TELECENTRE_UPSERTED_V2, DeploymentEvents.TELECENTRE_DELETED_V2, TelecentreStateV2.class);
        pair(all, deployment, DeploymentEvents.VOIP_INSTALLATION_UPSERTED, DeploymentEvents.VOIP_INSTALLATION_DELETED,
                VoipInstallationState.class);
        pair(all, deployment, DeploymentEvents.VOIP_INSTALLATION_UPSERTED_V2, DeploymentEvents.VOIP_INSTALLATION_DELETED_V2,
                VoipInstallationStateV2.class);
        pair(all, deployment, DeploymentEvents.FORE_GOV_ADHESION_UPSERTED, DeploymentEvents.FORE_GOV_ADHESION_DELETED,
                ForeGovAdhesionState.class);
        pair(all, deployment, DeploymentEvents.FORE_GOV_ADHESION_UPSERTED_V2, DeploymentEvents.FORE_GOV_ADHESION_DELETED_V2,
                ForeGovAdhesionStateV2.class);
        pair(all, deployment, DeploymentEvents.JUSTICE_OFFICE_UPSERTED, DeploymentEvents.JUSTICE_OFFICE_DELETED,
                JusticeOfficeState.class);
        pair(all, deployment, DeploymentEvents.JUSTICE_OFFICE_UPSERTED_V2, DeploymentEvents.JUSTICE_OFFICE_DELETED_V2,
                JusticeOfficeStateV2.class);
        pair(all, deployment, DeploymentEvents.COMMUNITY_BROADBAND_UPSERTED, DeploymentEvents.COMMUNITY_BROADBAND_DELETED,
                CommunityBroadbandState.class);
        pair(all, deployment, DeploymentEvents.SERVICE_ADHESION_UPSERTED, DeploymentEvents.SERVICE_ADHESION_DELETED,
                ServiceAdhesionState.class);
        return List.copyOf(all);
    }

    // A deleted event carries the last state with the next version: the same payload as its upsert.
    private static void pair(List<EventType> all, String topic, String upserted, String deleted, Class<? extends Versioned> payload) {
        all.add(new EventType(topic, upserted, payload));
        all.add(new EventType(topic, deleted, payload));
    }
}

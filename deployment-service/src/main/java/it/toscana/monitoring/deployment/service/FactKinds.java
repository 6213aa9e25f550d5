package it.toscana.monitoring.deployment.service;

import static it.toscana.monitoring.deployment.mapping.SinceMapper.dated;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import it.toscana.monitoring.deployment.api.CommunityBroadbandRequest;
import it.toscana.monitoring.deployment.api.ForeGovAdhesionRequest;
import it.toscana.monitoring.deployment.api.InterProRequest;
import it.toscana.monitoring.deployment.api.JusticeOfficeRequest;
import it.toscana.monitoring.deployment.api.NalNodeRequest;
import it.toscana.monitoring.deployment.api.ServiceAdhesionRequest;
import it.toscana.monitoring.deployment.api.TelecentreRequest;
import it.toscana.monitoring.deployment.api.VoipInstallationRequest;
import it.toscana.monitoring.deployment.domain.CommunityBroadband;
import it.toscana.monitoring.deployment.domain.ForeGovAdhesion;
import it.toscana.monitoring.deployment.domain.InterProStatus;
import it.toscana.monitoring.deployment.domain.JusticeOffice;
import it.toscana.monitoring.deployment.domain.NalNode;
import it.toscana.monitoring.deployment.domain.PaConnection;
import it.toscana.monitoring.deployment.domain.ServiceAdhesion;
import it.toscana.monitoring.deployment.domain.Telecentre;
import it.toscana.monitoring.deployment.domain.VoipInstallation;
import it.toscana.monitoring.deployment.mapping.CommunityBroadbandMapper;
import it.toscana.monitoring.deployment.mapping.ForeGovAdhesionMapper;
import it.toscana.monitoring.deployment.mapping.InterProMapper;
import it.toscana.monitoring.deployment.mapping.JusticeOfficeMapper;
import it.toscana.monitoring.deployment.mapping.NalNodeMapper;
import it.toscana.monitoring.deployment.mapping.ServiceAdhesionMapper;
import it.toscana.monitoring.deployment.mapping.TelecentreMapper;
import it.toscana.monitoring.deployment.mapping.VoipInstallationMapper;
import it.toscana.monitoring.events.deployment.BroadbandState;
import it.toscana.monitoring.events.deployment.DeploymentEvents;
import it.toscana.monitoring.events.deployment.ForeGovAdhesionState;
import it.toscana.monitoring.events.deployment.InterProState;
import it.toscana.monitoring.events.deployment.JusticeOfficeState;
import it.toscana.monitoring.events.deployment.ServiceAdhesionState;
import it.toscana.monitoring.events.deployment.TelecentreState;
import it.toscana.monitoring.events.deployment.VoipInstallationState;

/**
 * The rollout facts that are plain records: no rules beyond validation and known references. All but the
 * community's broadband (which no total counts) carry the date their state holds from ({@code since}).
 */
public final class FactKinds {

    private static final Set<String> LOCATED = Set.of("communityCode", "istatCode", "status", "updatedAt");

    public static final FactKind<CommunityBroadband, CommunityBroadbandRequest> COMMUNITY_BROADBAND = new FactKind<>(
            "community broadband record", CommunityBroadband.class, CommunityBroadband::new,
            CommunityBroadbandMapper::apply, CommunityBroadbandMapper::toState,
            DeploymentEvents.COMMUNITY_BROADBAND_UPSERTED, DeploymentEvents.COMMUNITY_BROADBAND_DELETED,
            "status", PaConnection.ConnectionStatus.class, LOCATED, fact -> { });

    public static final FactKind<NalNode, NalNodeRequest> NAL_NODE = new FactKind<>(
            "NAL node", NalNode.class, NalNode::new, dated(NalNodeMapper::apply), NalNodeMapper::toState,
            DeploymentEvents.NAL_NODE_UPSERTED_V2, DeploymentEvents.NAL_NODE_DELETED_V2,
            "status", BroadbandState.RolloutStatus.class, with("hostEntity"), fact -> { });

    public static final FactKind<InterProStatus, InterProRequest> INTERPRO = new FactKind<>(
            "InterPro status", InterProStatus.class, InterProStatus::new, dated(InterProMapper::apply),
            InterProMapper::toState, DeploymentEvents.INTERPRO_UPSERTED_V2, DeploymentEvents.INTERPRO_DELETED_V2,
            "status", InterProState.Status.class, with("entity", "messagesExchanged"), fact -> { });

    public static final FactKind<Telecentre, TelecentreRequest> TELECENTRE = new FactKind<>(
            "telecentre", Telecentre.class, Telecentre::new, dated(TelecentreMapper::apply), TelecentreMapper::toState,
            DeploymentEvents.TELECENTRE_UPSERTED_V2, DeploymentEvents.TELECENTRE_DELETED_V2,
            "status", TelecentreState.Status.class, with("phase", "workstations", "jobsCreated"), fact -> { });

    public static final FactKind<VoipInstallation, VoipInstallationRequest> VOIP = new FactKind<>(
            "VoIP installation", VoipInstallation.class, VoipInstallation::new, dated(VoipInstallationMapper::apply),
            VoipInstallationMapper::toState, DeploymentEvents.VOIP_INSTALLATION_UPSERTED_V2,
            DeploymentEvents.VOIP_INSTALLATION_DELETED_V2, "status", VoipInstallationState.Status.class,
            with("entity", "switchboards", "terminals"), fact -> { });

    public static final FactKind<ForeGovAdhesion, ForeGovAdhesionRequest> FORE_GOV = new FactKind<>(
            "FORe-gov adhesion", ForeGovAdhesion.class, ForeGovAdhesion::new, dated(ForeGovAdhesionMapper::apply),
            ForeGovAdhesionMapper::toState, DeploymentEvents.FORE_GOV_ADHESION_UPSERTED_V2,
            DeploymentEvents.FORE_GOV_ADHESION_DELETED_V2, "status", ForeGovAdhesionState.Status.class,
            with("entity", "employees"), fact -> { });

    public static final FactKind<JusticeOffice, JusticeOfficeRequest> JUSTICE_OFFICE = new FactKind<>(
            "justice office", JusticeOffice.class, JusticeOffice::new, dated(JusticeOfficeMapper::apply),
            JusticeOfficeMapper::toState, DeploymentEvents.JUSTICE_OFFICE_UPSERTED_V2,
            DeploymentEvents.JUSTICE_OFFICE_DELETED_V2, "status", JusticeOfficeState.Status.class,
            with("office", "accesses", "lawyers"), fact -> { });

    public static final FactKind<ServiceAdhesion, ServiceAdhesionRequest> SERVICE_ADHESION = new FactKind<>(
            "START, SUAP or URP adhesion", ServiceAdhesion.class, ServiceAdhesion::new, dated(ServiceAdhesionMapper::apply),
            ServiceAdhesionMapper::toState, DeploymentEvents.SERVICE_ADHESION_UPSERTED,
            DeploymentEvents.SERVICE_ADHESION_DELETED, "status", ServiceAdhesionState.Status.class,
            with("entity", "service"), fact -> { })
            .withFilter("service", ServiceAdhesionState.Service.class);

    private FactKinds() {
    }

    /**
     * Every kind of rollout fact, the plain ones above and those with rules of their own; a test checks
     * that each fact entity has its kind here. A method, not a constant: those kinds' classes use
     * {@link #with}, and a constant here would read them before they are initialised.
     */
    public static List<FactKind<?, ?>> all() {
        return List.of(COMMUNITY_BROADBAND, BroadbandService.KIND, PaasPointService.KIND, NAL_NODE, INTERPRO, TELECENTRE, VOIP,
                FORE_GOV, JUSTICE_OFFICE, SERVICE_ADHESION);
    }

    /** Sortable fields: the ones every located fact has, plus the kind's own. */
    static Set<String> with(String... own) {
        return Stream.concat(LOCATED.stream(), Stream.of(own)).collect(Collectors.toUnmodifiableSet());
    }
}

package it.toscana.monitoring.events.deployment;

/** Event types on {@code deployment.events}. A deleted event carries the last state with the next version. */
public final class DeploymentEvents {

    private static final String PREFIX = "it.toscana.monitoring.deployment.";

    /** {@link BroadbandState}: a narrower vocabulary. No longer published; still on the compacted topic, so still read. */
    public static final String BROADBAND_UPSERTED_V1 = PREFIX + "broadband.upserted.v1";
    public static final String BROADBAND_DELETED_V1 = PREFIX + "broadband.deleted.v1";
    /** {@link BroadbandStateV2}: every value deployment-service stores, no business date. Still read. */
    public static final String BROADBAND_UPSERTED_V2 = PREFIX + "broadband.upserted.v2";
    public static final String BROADBAND_DELETED_V2 = PREFIX + "broadband.deleted.v2";
    /** {@link BroadbandStateV3}: v2 plus the date its state holds from; what deployment-service publishes. */
    public static final String BROADBAND_UPSERTED_V3 = PREFIX + "broadband.upserted.v3";
    public static final String BROADBAND_DELETED_V3 = PREFIX + "broadband.deleted.v3";

    // v1 of the facts below carries no business date: no longer published, still on the compacted topic, so
    // still read; v2 adds `since` (the PAAS point: its status and usage history) and is what is published.
    public static final String NAL_NODE_UPSERTED = PREFIX + "nal-node.upserted.v1";
    public static final String NAL_NODE_DELETED = PREFIX + "nal-node.deleted.v1";
    public static final String NAL_NODE_UPSERTED_V2 = PREFIX + "nal-node.upserted.v2";
    public static final String NAL_NODE_DELETED_V2 = PREFIX + "nal-node.deleted.v2";
    public static final String INTERPRO_UPSERTED = PREFIX + "interpro.upserted.v1";
    public static final String INTERPRO_DELETED = PREFIX + "interpro.deleted.v1";
    public static final String INTERPRO_UPSERTED_V2 = PREFIX + "interpro.upserted.v2";
    public static final String INTERPRO_DELETED_V2 = PREFIX + "interpro.deleted.v2";
    public static final String PAAS_POINT_UPSERTED = PREFIX + "paas-point.upserted.v1";
    public static final String PAAS_POINT_DELETED = PREFIX + "paas-point.deleted.v1";
    public static final String PAAS_POINT_UPSERTED_V2 = PREFIX + "paas-point.upserted.v2";
    public static final String PAAS_POINT_DELETED_V2 = PREFIX + "paas-point.deleted.v2";
    public static final String TELECENTRE_UPSERTED = PREFIX + "telecentre.upserted.v1";
    public static final String TELECENTRE_DELETED = PREFIX + "telecentre.deleted.v1";
    public static final String TELECENTRE_UPSERTED_V2 = PREFIX + "telecentre.upserted.v2";
    public static final String TELECENTRE_DELETED_V2 = PREFIX + "telecentre.deleted.v2";
    public static final String VOIP_INSTALLATION_UPSERTED = PREFIX + "voip-installation.upserted.v1";
    public static final String VOIP_INSTALLATION_DELETED = PREFIX + "voip-installation.deleted.v1";
    public static final String VOIP_INSTALLATION_UPSERTED_V2 = PREFIX + "voip-installation.upserted.v2";
    public static final String VOIP_INSTALLATION_DELETED_V2 = PREFIX + "voip-installation.deleted.v2";
    public static final String FORE_GOV_ADHESION_UPSERTED = PREFIX + "fore-gov-adhesion.upserted.v1";
    public static final String FORE_GOV_ADHESION_DELETED = PREFIX + "fore-gov-adhesion.deleted.v1";
    public static final String FORE_GOV_ADHESION_UPSERTED_V2 = PREFIX + "fore-gov-adhesion.upserted.v2";
    public static final String FORE_GOV_ADHESION_DELETED_V2 = PREFIX + "fore-gov-adhesion.deleted.v2";
    public static final String JUSTICE_OFFICE_UPSERTED = PREFIX + "justice-office.upserted.v1";
    public static final String JUSTICE_OFFICE_DELETED = PREFIX + "justice-office.deleted.v1";
    public static final String JUSTICE_OFFICE_UPSERTED_V2 = PREFIX + "justice-office.upserted.v2";
    public static final String JUSTICE_OFFICE_DELETED_V2 = PREFIX + "justice-office.deleted.v2";
    public static final String COMMUNITY_BROADBAND_UPSERTED = PREFIX + "community-broadband.upserted.v1";
    public static final String COMMUNITY_BROADBAND_DELETED = PREFIX + "community-broadband.deleted.v1";
    public static final String SERVICE_ADHESION_UPSERTED = PREFIX + "service-adhesion.upserted.v1";
    public static final String SERVICE_ADHESION_DELETED = PREFIX + "service-adhesion.deleted.v1";

    private DeploymentEvents() {
    }
}

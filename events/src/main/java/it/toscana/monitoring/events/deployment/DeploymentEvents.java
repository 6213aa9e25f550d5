package it.toscana.monitoring.events.deployment;

/** Event types on {@code deployment.events}. A deleted event carries the last state with the next version. */
public final class DeploymentEvents {

    private static final String PREFIX = "it.toscana.monitoring.deployment.";

    public static final String BROADBAND_UPSERTED = PREFIX + "broadband.upserted.v1";
    public static final String BROADBAND_DELETED = PREFIX + "broadband.deleted.v1";
    public static final String NAL_NODE_UPSERTED = PREFIX + "nal-node.upserted.v1";
    public static final String NAL_NODE_DELETED = PREFIX + "nal-node.deleted.v1";
    public static final String INTERPRO_UPSERTED = PREFIX + "interpro.upserted.v1";
    public static final String INTERPRO_DELETED = PREFIX + "interpro.deleted.v1";
    public static final String PAAS_POINT_UPSERTED = PREFIX + "paas-point.upserted.v1";
    public static final String PAAS_POINT_DELETED = PREFIX + "paas-point.deleted.v1";

    private DeploymentEvents() {
    }
}

package it.toscana.monitoring.platform.security;

/** The roles of the {@code groups} claim, and the claim naming an operator's community. */
public final class Roles {

    public static final String REGION_ADMIN = "region-admin";
    public static final String COMMUNITY_OPERATOR = "community-operator";
    public static final String ERP_INTEGRATION = "erp-integration";
    public static final String COMMUNITY_CLAIM = "community";

    private Roles() {
    }
}

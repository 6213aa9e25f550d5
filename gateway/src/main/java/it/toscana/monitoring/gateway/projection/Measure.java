package it.toscana.monitoring.gateway.projection;

/**
 * What a total cell counts. Written by {@link ContributionRules}, read by the totals: one typed name on
 * both sides, so a misspelt measure cannot silently read as zero.
 */
public enum Measure {
    // money (MONEY, MONEY_SHARE)
    ASSIGNED,
    PAID,
    TO_PAY,
    /** The amount committed (impegno), from the commitment's date. */
    COMMITTED,
    ALLOCATIONS,
    /** Allocations that are a line's total from a summary table (Table 1): their payments are not known. */
    LINE_TOTALS,
    /** The amount assigned by such allocations: what paid and to-pay cannot be told for. */
    ASSIGNED_PAYMENTS_UNKNOWN,
    // PAAS
    POINTS,
    REGISTERED_USERS,
    ACCESSES,
    PARTIAL_POINTS,
    // broadband
    MUNICIPALITIES,
    CONNECTED_TO_REGIONAL_NETWORK,
    UNSERVABLE_USERS,
    // CART
    NAL_HOSTED,
    NAL_USERS,
    INTERPRO_ENTITIES,
    INTERPRO_MESSAGES,
    // other rollout facts
    TELECENTRES,
    WORKSTATIONS,
    TEACHER_WORKSTATIONS,
    JOBS_CREATED,
    JOBS_TARGET,
    VOIP_INSTALLATIONS,
    SWITCHBOARDS,
    TERMINALS,
    FORE_GOV_ADHESIONS,
    MANAGERS_TRAINED,
    EMPLOYEES_TRAINED,
    JUSTICE_OFFICES,
    ACTIVE_JUSTICE_OFFICES,
    /** Accesses to the online registry; the office is the cell's {@code line}, as several communities share one. */
    JUSTICE_ACCESSES,
    /** Entities with a START, SUAP or URP adhesion; the service is the cell's {@code line}. */
    SERVICE_ADHESIONS,
    /** Such entities whose staff is reported trained for the service. */
    SERVICE_STAFF_TRAINED
}

package it.toscana.monitoring.events.funding;

/** Event types on {@code funding.events}. A deleted event carries the last state with the next version. */
public final class FundingEvents {

    private static final String PREFIX = "it.toscana.monitoring.funding.";

    public static final String FUNDING_LINE_UPSERTED = PREFIX + "funding-line.upserted.v1";
    public static final String FUNDING_LINE_DELETED = PREFIX + "funding-line.deleted.v1";
    /** {@link AllocationState}: no payment dates. No longer published; still on the compacted topic, so still read. */
    public static final String ALLOCATION_UPSERTED = PREFIX + "allocation.upserted.v1";
    public static final String ALLOCATION_DELETED = PREFIX + "allocation.deleted.v1";
    /** {@link AllocationStateV2}: business dates, payments, detail level and municipal shares; what is published. */
    public static final String ALLOCATION_UPSERTED_V2 = PREFIX + "allocation.upserted.v2";
    public static final String ALLOCATION_DELETED_V2 = PREFIX + "allocation.deleted.v2";
    public static final String PAYMENT_UPSERTED = PREFIX + "payment.upserted.v1";
    public static final String PAYMENT_DELETED = PREFIX + "payment.deleted.v1";
    /** {@link DeclaredTotalState}: table scopes only. No longer published; still on the compacted topic, so still read. */
    public static final String DECLARED_TOTAL_UPSERTED_V1 = PREFIX + "declared-total.upserted.v1";
    public static final String DECLARED_TOTAL_DELETED_V1 = PREFIX + "declared-total.deleted.v1";
    /** {@link DeclaredTotalStateV2}: adds scope SCHEDA and a label. No longer published; still read. */
    public static final String DECLARED_TOTAL_UPSERTED_V2 = PREFIX + "declared-total.upserted.v2";
    public static final String DECLARED_TOTAL_DELETED_V2 = PREFIX + "declared-total.deleted.v2";
    /** {@link DeclaredTotalStateV3}: adds the document's date; what funding-service publishes. */
    public static final String DECLARED_TOTAL_UPSERTED_V3 = PREFIX + "declared-total.upserted.v3";
    public static final String DECLARED_TOTAL_DELETED_V3 = PREFIX + "declared-total.deleted.v3";
    public static final String CO_FINANCING_PROJECT_UPSERTED = PREFIX + "co-financing-project.upserted.v1";
    public static final String CO_FINANCING_PROJECT_DELETED = PREFIX + "co-financing-project.deleted.v1";
    public static final String CALL_UPSERTED = PREFIX + "call.upserted.v1";
    public static final String CALL_DELETED = PREFIX + "call.deleted.v1";
    public static final String MANDATORY_REQUIREMENT_UPSERTED = PREFIX + "mandatory-requirement.upserted.v1";
    public static final String MANDATORY_REQUIREMENT_DELETED = PREFIX + "mandatory-requirement.deleted.v1";
    public static final String REQUIREMENT_STATUS_UPSERTED = PREFIX + "requirement-status.upserted.v1";
    public static final String REQUIREMENT_STATUS_DELETED = PREFIX + "requirement-status.deleted.v1";
    /** {@link ImportJobState}: an ERP import job finished (done or failed); nothing in the totals changes. */
    public static final String IMPORT_JOB_FINISHED = PREFIX + "import-job.finished.v1";

    private FundingEvents() {
    }
}

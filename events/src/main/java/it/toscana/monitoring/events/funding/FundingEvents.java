package it.toscana.monitoring.events.funding;

/** Event types on {@code funding.events}. A deleted event carries the last state with the next version. */
public final class FundingEvents {

    private static final String PREFIX = "it.toscana.monitoring.funding.";

    public static final String FUNDING_LINE_UPSERTED = PREFIX + "funding-line.upserted.v1";
    public static final String FUNDING_LINE_DELETED = PREFIX + "funding-line.deleted.v1";
    public static final String ALLOCATION_UPSERTED = PREFIX + "allocation.upserted.v1";
    public static final String ALLOCATION_DELETED = PREFIX + "allocation.deleted.v1";
    public static final String PAYMENT_UPSERTED = PREFIX + "payment.upserted.v1";
    public static final String PAYMENT_DELETED = PREFIX + "payment.deleted.v1";
    public static final String DECLARED_TOTAL_UPSERTED = PREFIX + "declared-total.upserted.v1";
    public static final String DECLARED_TOTAL_DELETED = PREFIX + "declared-total.deleted.v1";

    private FundingEvents() {
    }
}

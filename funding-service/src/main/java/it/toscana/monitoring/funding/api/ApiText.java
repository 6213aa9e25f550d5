package it.toscana.monitoring.funding.api;

/** OpenAPI descriptions that requests and responses share, written once. */
final class ApiText {

    private static final String RESOLVED = " In a response (and in the event) never null: the date given, or for"
            + " RECORDING_DATE the day funding-service first recorded the row, in Europe/Rome.";

    /** The one rule for a writable business date and its source (BusinessDate in platform). */
    static final String DATE_SOURCE = "Where the date comes from. STATED: the fact's own date (the default when a"
            + " date is sent). DOCUMENT_DATE: the fact's own date is not printed; the date sent is that of the document"
            + " reporting it. RECORDING_DATE: no date of its own (the default when no date is sent); the date then reads"
            + " as the day funding-service first recorded the row, and a date sent with this source is ignored, so a"
            + " GET sent back by PUT changes nothing.";

    /** ECMAScript-valid too: the OpenAPI document's patterns are. */
    static final String CUP_PATTERN = "^[A-Z0-9]{15}$";

    static final String CUP = "Codice Unico di Progetto, the national project code OpenCoesione keys on: 15 uppercase"
            + " letters and digits. Optional; an allocation is one community's project, so no two allocations have the"
            + " same CUP (409).";

    static final String COMMITMENT = "The commitment (impegno) of the money: the act, its date and the amount committed,"
            + " which may not exceed amountAssigned (422). Optional.";

    static final String ASSIGNED_ON = "Business date of the allocation: the date of the act assigning the money."
            + " Optional in a request; see assignedOnSource." + RESOLVED;

    static final String PAID_ON = "Business date of the payment (liquidazione). Optional in a request; see dateSource."
            + " A stated or document date may not precede the allocation's stated or document assignedOn (422)."
            + RESOLVED;

    static final String DOCUMENT_DATE = "The date of the document printing the figure. Optional in a request; see"
            + " documentDateSource." + RESOLVED;

    static final String DOCUMENT_DATE_SOURCE = "STATED: the document prints its date (the default when"
            + " documentDate is sent). RECORDING_DATE: it prints none (the default when documentDate is not sent); the"
            + " figure is then dated by the day funding-service first recorded it, and a documentDate sent with this"
            + " source is ignored. DOCUMENT_DATE is refused (400): a declared total is the document's own figure, so"
            + " its date is STATED.";

    static final String DETAIL = "PROJECT (the default): one project, a Table 2 or Table 3 row or an ERP record."
            + " LINE_TOTAL: a funding line's total for the community as a summary table prints it (e.g. a Table 1"
            + " cell), whose payments are not known: amountPaid and amountToPay are null, payments are refused (422),"
            + " and an allocation with payments cannot become one (422).";

    static final String PRINTED_SHARES = "How the document splits the amount over municipalities, if it prints"
            + " that: every istatCode must be one of municipalityIstatCodes (when that list is empty, these shares"
            + " define it), and the amounts must add up exactly to amountAssigned (else 422). Empty when none are"
            + " printed.";

    static final String SHARE_RULE = "How shareWeights were made, computed on every read and event: PRINTED (the"
            + " printed municipalityShares), else EQUAL (weight 1 for each of municipalityIstatCodes), else POPULATION"
            + " (the community's member municipalities on the resolved assignedOn, by population; EQUAL over them when"
            + " a population is unknown), else NONE (no municipality to split by).";

    static final String SHARE_WEIGHTS = "Each municipality's weight in the split, by shareRule (the printed amount,"
            + " 1, or the population), ordered by ISTAT code; a consumer divides an amount by them. Empty for NONE.";

    private ApiText() {
    }
}

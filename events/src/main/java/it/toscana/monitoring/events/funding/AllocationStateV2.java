package it.toscana.monitoring.events.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import it.toscana.monitoring.events.DateSource;
import it.toscana.monitoring.events.SourceReference;
import it.toscana.monitoring.events.VersionedById;
import it.toscana.monitoring.events.funding.AllocationState.Category;
import it.toscana.monitoring.events.funding.AllocationState.Section;

/**
 * An allocation with its business time, version 2 of the allocation event ({@code allocation.*.v2}).
 * Beside {@link AllocationState} it carries what a consumer needs to answer "how much on that date"
 * and "how much in that municipality" from this one payload:
 * <ul>
 * <li>{@code assignedOn}, never null: the date of its act, else the date of the document that prints it,
 * else the day funding-service recorded it, as {@code assignedOnSource} says;</li>
 * <li>{@code payments}: every tranche with its date (resolved the same way) and amount, in date order;</li>
 * <li>{@code detail}: a project ({@link Detail#PROJECT}) or a funding line's total as a summary table prints
 * it ({@link Detail#LINE_TOTAL}, e.g. a Table 1 cell), whose payments are not known: then
 * {@code amountPaid} and {@code amountToPay} are null and {@code payments} is empty;</li>
 * <li>{@code municipalityShares}: how the money splits over municipalities, by {@code shareRule}; weights,
 * not amounts (a consumer divides each amount by them, to the cent); empty when nothing says.</li>
 * <li>{@code cup}: the project's Codice Unico di Progetto, null when not given (and in events written
 * before it was added: a new nullable field, read by older consumers as an unknown one);</li>
 * <li>{@code commitment}: its commitment (impegno), null when none, likewise a later nullable field.</li>
 * </ul>
 */
public record AllocationStateV2(
        String id,
        String externalId,
        String communityCode,
        String fundingLineCode,
        String title,
        Section section,
        Category category,
        Detail detail,
        BigDecimal amountAssigned,
        BigDecimal amountPaid,
        BigDecimal amountToPay,
        boolean communityParticipates,
        List<String> municipalityIstatCodes,
        ShareRule shareRule,
        List<MunicipalityShare> municipalityShares,
        List<String> legalActs,
        String programmePeriod,
        LocalDate assignedOn,
        DateSource assignedOnSource,
        List<PaymentEntry> payments,
        String notes,
        SourceReference source,
        long version,
        String cup,
        Commitment commitment) implements VersionedById {

    public enum Detail {
        /** One project: a booklet's Table 2 or Table 3 row, or an ERP record. */
        PROJECT,
        /** A funding line's total for the community as a summary table prints it (Table 1): payments not known. */
        LINE_TOTAL
    }

    /** How {@code municipalityShares} were made, in the order they apply. */
    public enum ShareRule {
        /** The shares the document prints (or the writer states) per municipality. */
        PRINTED,
        /** Equal shares over the municipalities the allocation names. */
        EQUAL,
        /** No municipality named: the community's member municipalities, by population. */
        POPULATION,
        /** Nothing to split by: the money is the community's, not attributable to a municipality. */
        NONE
    }

    /** The commitment (impegno): the act, its date (null when not given) and the amount committed, never above assigned. */
    public record Commitment(String act, LocalDate date, BigDecimal amount) {
    }

    /** A municipality's weight in the split: the printed amount, 1 for equal shares, or the population. */
    public record MunicipalityShare(String istatCode, BigDecimal weight) {
    }

    /** One payment tranche: its business date (never null, see {@link DateSource}) and amount. */
    public record PaymentEntry(String id, LocalDate date, DateSource dateSource, BigDecimal amount,
            PaymentState.Kind kind) {
    }

    /**
     * A v1 payload as v2, for events still on the compacted topic: dated by its {@code assignedOn}, else by
     * the day of the event ({@code recordedOn}); its paid amount as one tranche on that date; equal shares
     * over the municipalities it names.
     */
    public static AllocationStateV2 of(AllocationState v1, LocalDate recordedOn) {
        LocalDate assignedOn = v1.assignedOn() == null ? recordedOn : v1.assignedOn();
        DateSource source = v1.assignedOn() == null ? DateSource.RECORDING_DATE : DateSource.STATED;
        List<String> municipalities = v1.municipalityIstatCodes() == null ? List.of() : v1.municipalityIstatCodes();
        List<PaymentEntry> payments = v1.amountPaid() == null || v1.amountPaid().signum() == 0 ? List.of()
                : List.of(new PaymentEntry(v1.id() + ":paid", assignedOn, source, v1.amountPaid(), PaymentState.Kind.TRANCHE));
        return new AllocationStateV2(v1.id(), v1.externalId(), v1.communityCode(), v1.fundingLineCode(), v1.title(),
                v1.section(), v1.category(), Detail.PROJECT, v1.amountAssigned(), v1.amountPaid(), v1.amountToPay(),
                v1.communityParticipates(), municipalities, municipalities.isEmpty() ? ShareRule.NONE : ShareRule.EQUAL,
                municipalities.stream().map(code -> new MunicipalityShare(code, BigDecimal.ONE)).toList(),
                v1.legalActs(), v1.programmePeriod(), assignedOn, source, payments, v1.notes(), v1.source(), v1.version(),
                null, null);
    }
}

package it.toscana.monitoring.funding.mapping;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

import it.toscana.monitoring.events.DateSource;
import it.toscana.monitoring.events.funding.AllocationStateV2;
import it.toscana.monitoring.events.funding.AllocationStateV2.PaymentEntry;
import it.toscana.monitoring.funding.api.AllocationRequest;
import it.toscana.monitoring.funding.api.AllocationResponse;
import it.toscana.monitoring.funding.domain.Allocation;
import it.toscana.monitoring.funding.domain.LegalAct;
import it.toscana.monitoring.funding.domain.Payment;
import it.toscana.monitoring.funding.domain.PrintedShare;
import it.toscana.monitoring.funding.domain.ShareSplit;
import it.toscana.monitoring.funding.domain.Source;
import it.toscana.monitoring.platform.time.BusinessDate;

public final class AllocationMapper {

    /** A payment's tranche in the allocation's event: by business date, then id. */
    private static final Comparator<PaymentEntry> TRANCHE_ORDER = Comparator.comparing(PaymentEntry::date)
            .thenComparing(PaymentEntry::id);

    private AllocationMapper() {
    }

    public static AllocationResponse toResponse(Allocation a, ShareSplit split) {
        BusinessDate assignedOn = a.assignedOnAsGiven();
        return new AllocationResponse(a.id, a.externalId, a.communityCode, a.fundingLineCode, a.title, a.section,
                a.category, a.detail, a.amountAssigned, paid(a), toPay(a), a.communityParticipates,
                List.copyOf(a.municipalityIstatCodes), List.copyOf(a.municipalityShares), split.rule(), split.weights(),
                a.legalActs, a.programmePeriod, assignedOn.resolve(a.createdAt), assignedOn.source(), a.notes, a.source,
                a.provenance, a.cup, a.commitment(), a.amountCommitted, a.version);
    }

    /** The state with a given version (a deletion publishes the last state with the next version). */
    public static AllocationStateV2 toState(Allocation a, ShareSplit split, List<Payment> payments, long version) {
        BusinessDate assignedOn = a.assignedOnAsGiven();
        return new AllocationStateV2(a.id.toString(), a.externalId, a.communityCode, a.fundingLineCode, a.title,
                a.section, a.category, a.detail, a.amountAssigned, paid(a), toPay(a), a.communityParticipates,
                List.copyOf(a.municipalityIstatCodes), split.rule(), split.weights(),
                a.legalActs.stream().map(LegalAct::act).toList(), a.programmePeriod, assignedOn.resolve(a.createdAt),
                assignedOn.source(), payments.stream().map(AllocationMapper::tranche).sorted(TRANCHE_ORDER).toList(),
                a.notes.isEmpty() ? null : String.join("\n", a.notes), Source.referenceOf(a.source), version, a.cup,
                a.commitment() == null ? null : new AllocationStateV2.Commitment(a.commitmentAct, a.commitmentDate, a.amountCommitted));
    }

    /**
     * The current state as a request, the base a merge patch applies to. A stated date goes without its
     * source, so that a patch setting {@code assignedOn} states it and one clearing it leaves no date.
     */
    public static AllocationRequest toRequest(Allocation a) {
        DateSource source = a.assignedOnSource == DateSource.DOCUMENT_DATE ? DateSource.DOCUMENT_DATE : null;
        return new AllocationRequest(a.externalId, a.communityCode, a.fundingLineCode, a.title, a.section, a.category,
                a.detail, a.amountAssigned, null, null, a.communityParticipates, List.copyOf(a.municipalityIstatCodes),
                List.copyOf(a.municipalityShares), a.legalActs, a.programmePeriod, a.assignedOn, source, a.notes, a.source,
                a.provenance, a.cup, a.commitment());
    }

    public static void apply(AllocationRequest r, Allocation a) {
        BusinessDate assignedOn = r.assignedOnAsGiven();
        a.externalId = r.externalId();
        a.communityCode = r.communityCode();
        a.fundingLineCode = r.fundingLineCode();
        a.title = r.title().strip();
        a.section = r.section();
        a.category = r.category();
        a.detail = r.detailOrDefault();
        a.amountAssigned = r.amountAssigned().setScale(2);
        a.communityParticipates = r.communityParticipates();
        a.municipalityIstatCodes.clear();
        a.municipalityIstatCodes.addAll(r.effectiveMunicipalities());
        a.municipalityShares = r.printedShares().stream()
                .map(share -> new PrintedShare(share.istatCode(), share.amount().setScale(2))).toList();
        a.legalActs = r.legalActs() == null ? List.of() : r.legalActs();
        a.programmePeriod = r.programmePeriod();
        a.assignedOn = assignedOn.date();
        a.assignedOnSource = assignedOn.source();
        a.notes = r.notes() == null ? List.of() : r.notes();
        a.source = r.source();
        a.provenance = r.provenance();
        a.cup = r.cup();
        a.commitmentAct = r.commitment() == null ? null : r.commitment().act().strip();
        a.commitmentDate = r.commitment() == null ? null : r.commitment().date();
        a.amountCommitted = r.commitment() == null ? null : r.commitment().amount().setScale(2);
    }

    private static PaymentEntry tranche(Payment p) {
        BusinessDate date = p.dateAsGiven();
        return new PaymentEntry(p.id.toString(), date.resolve(p.createdAt), date.source(), p.amount, p.kind);
    }

    private static BigDecimal paid(Allocation a) {
        return a.hasKnownPayments() ? a.amountPaid : null;
    }

    private static BigDecimal toPay(Allocation a) {
        return a.hasKnownPayments() ? a.amountToPay() : null;
    }
}

package it.toscana.monitoring.funding.mapping;

import java.util.List;

import it.toscana.monitoring.events.funding.AllocationState;
import it.toscana.monitoring.funding.domain.Allocation;
import it.toscana.monitoring.funding.domain.LegalAct;
import it.toscana.monitoring.funding.domain.Source;
import it.toscana.monitoring.funding.rest.AllocationRequest;
import it.toscana.monitoring.funding.rest.AllocationResponse;

public final class AllocationMapper {

    private AllocationMapper() {
    }

    public static AllocationResponse toResponse(Allocation a) {
        return new AllocationResponse(a.id, a.externalId, a.communityCode, a.fundingLineCode, a.title, a.section,
                a.category, a.amountAssigned, a.amountPaid, a.amountToPay(), a.communityParticipates,
                List.copyOf(a.municipalityIstatCodes), a.legalActs, a.programmePeriod, a.assignedOn, a.notes, a.source,
                a.provenance, a.version);
    }

    public static AllocationState toState(Allocation a) {
        return toState(a, a.version);
    }

    /** The state with a given version: a deletion publishes the last state with the next version. */
    public static AllocationState toState(Allocation a, long version) {
        return new AllocationState(a.id.toString(), a.externalId, a.communityCode, a.fundingLineCode, a.title, a.section,
                a.category, a.amountAssigned, a.amountPaid, a.amountToPay(), a.communityParticipates,
                List.copyOf(a.municipalityIstatCodes), a.legalActs.stream().map(LegalAct::act).toList(), a.programmePeriod,
                a.assignedOn, a.notes.isEmpty() ? null : String.join("\n", a.notes), Source.referenceOf(a.source),
                version);
    }

    /** The current state as a request, the base a merge patch applies to. */
    public static AllocationRequest toRequest(Allocation a) {
        return new AllocationRequest(a.externalId, a.communityCode, a.fundingLineCode, a.title, a.section, a.category,
                a.amountAssigned, null, null, a.communityParticipates, List.copyOf(a.municipalityIstatCodes), a.legalActs,
                a.programmePeriod, a.assignedOn, a.notes, a.source, a.provenance);
    }

    public static void apply(AllocationRequest r, Allocation a) {
        a.externalId = r.externalId();
        a.communityCode = r.communityCode();
        a.fundingLineCode = r.fundingLineCode();
        a.title = r.title().strip();
        a.section = r.section();
        a.category = r.category();
        a.amountAssigned = r.amountAssigned().setScale(2);
        a.communityParticipates = r.communityParticipates();
        a.municipalityIstatCodes.clear();
        a.municipalityIstatCodes.addAll(r.municipalities());
        a.legalActs = r.legalActs() == null ? List.of() : r.legalActs();
        a.programmePeriod = r.programmePeriod();
        a.assignedOn = r.assignedOn();
        a.notes = r.notes() == null ? List.of() : r.notes();
        a.source = r.source();
        a.provenance = r.provenance();
    }
}

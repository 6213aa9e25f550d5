package it.toscana.monitoring.funding.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import it.toscana.monitoring.events.funding.AllocationState.Category;
import it.toscana.monitoring.events.funding.AllocationState.Section;
import it.toscana.monitoring.funding.domain.AllocationProvenance;
import it.toscana.monitoring.funding.domain.LegalAct;
import it.toscana.monitoring.funding.domain.Source;
import it.toscana.monitoring.platform.rest.VersionedBody;

public record AllocationResponse(
        UUID id,
        String externalId,
        String communityCode,
        String fundingLineCode,
        String title,
        Section section,
        Category category,
        BigDecimal amountAssigned,
        BigDecimal amountPaid,
        BigDecimal amountToPay,
        boolean communityParticipates,
        List<String> municipalityIstatCodes,
        List<LegalAct> legalActs,
        String programmePeriod,
        LocalDate assignedOn,
        List<String> notes,
        Source source,
        AllocationProvenance provenance,
        long version) implements VersionedBody {
}

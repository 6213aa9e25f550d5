package it.toscana.monitoring.events.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import it.toscana.monitoring.events.SourceReference;
import it.toscana.monitoring.events.VersionedById;

/**
 * Money Regione Toscana assigned to one community for one project, with what has been paid so
 * far (the sum of its payments) and what is left to pay. Amounts in EUR, two decimals.
 */
public record AllocationState(
        String id,
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
        List<String> legalActs,
        String programmePeriod,
        LocalDate assignedOn,
        String notes,
        SourceReference source,
        long version) implements VersionedById {

    /** Table 2 of the booklets, or Table 3 (further regional funding with territorial impact). */
    public enum Section {
        LOCAL_PROGRAMME, TERRITORIAL_IMPACT
    }

    public enum Category {
        INFRASTRUCTURE, WORK, ENTERPRISE, PA_EFFICIENCY
    }
}

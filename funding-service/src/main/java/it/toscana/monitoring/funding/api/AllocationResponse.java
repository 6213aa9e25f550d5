package it.toscana.monitoring.funding.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import it.toscana.monitoring.events.DateSource;
import it.toscana.monitoring.events.funding.AllocationState.Category;
import it.toscana.monitoring.events.funding.AllocationState.Section;
import it.toscana.monitoring.events.funding.AllocationStateV2.Detail;
import it.toscana.monitoring.events.funding.AllocationStateV2.MunicipalityShare;
import it.toscana.monitoring.events.funding.AllocationStateV2.ShareRule;
import it.toscana.monitoring.funding.domain.AllocationProvenance;
import it.toscana.monitoring.funding.domain.Commitment;
import it.toscana.monitoring.funding.domain.LegalAct;
import it.toscana.monitoring.funding.domain.PrintedShare;
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
        @Schema(description = ApiText.DETAIL)
        Detail detail,
        BigDecimal amountAssigned,
        @Schema(description = "The sum of the payments; null for a LINE_TOTAL, whose payments are not known")
        BigDecimal amountPaid,
        @Schema(description = "amountAssigned - amountPaid; null for a LINE_TOTAL, whose payments are not known")
        BigDecimal amountToPay,
        boolean communityParticipates,
        List<String> municipalityIstatCodes,
        @Schema(description = ApiText.PRINTED_SHARES)
        List<PrintedShare> municipalityShares,
        @Schema(description = ApiText.SHARE_RULE)
        ShareRule shareRule,
        @Schema(description = ApiText.SHARE_WEIGHTS)
        List<MunicipalityShare> shareWeights,
        List<LegalAct> legalActs,
        String programmePeriod,
        @Schema(description = ApiText.ASSIGNED_ON)
        LocalDate assignedOn,
        @Schema(description = ApiText.DATE_SOURCE)
        DateSource assignedOnSource,
        List<String> notes,
        Source source,
        AllocationProvenance provenance,
        @Schema(description = ApiText.CUP)
        String cup,
        @Schema(description = ApiText.COMMITMENT)
        Commitment commitment,
        @Schema(description = "The amount committed (the commitment's amount); null without a commitment. Assigned,"
                + " committed, paid and to pay are reported separately: committed never exceeds assigned")
        BigDecimal amountCommitted,
        long version) implements VersionedBody {
}

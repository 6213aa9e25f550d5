package it.toscana.monitoring.funding.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import it.toscana.monitoring.events.funding.AllocationStateV2.Detail;

/** One external id's line of the reconciliation report. */
@Schema(name = "ReconciliationLine")
public record ReconciliationLine(
        String externalId,
        UUID allocationId,
        String communityCode,
        String fundingLineCode,
        @Schema(description = ApiText.DETAIL)
        Detail detail,
        BigDecimal amountAssigned,
        @Schema(description = "The sum of the payments dated on or before asOf (all, without asOf); null for a LINE_TOTAL,"
                + " whose payments are not known")
        BigDecimal amountPaid,
        @Schema(description = "amountAssigned - amountPaid; null for a LINE_TOTAL")
        BigDecimal amountToPay,
        @Schema(description = "When this system recorded the allocation's last change, its own or a payment's")
        Instant lastChange) {
}

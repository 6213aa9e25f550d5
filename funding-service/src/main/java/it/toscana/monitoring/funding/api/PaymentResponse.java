package it.toscana.monitoring.funding.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import it.toscana.monitoring.events.DateSource;
import it.toscana.monitoring.events.funding.PaymentState.Kind;
import it.toscana.monitoring.funding.domain.Payment;
import it.toscana.monitoring.funding.domain.Source;
import it.toscana.monitoring.platform.rest.VersionedBody;

public record PaymentResponse(
        UUID id,
        String externalId,
        UUID allocationId,
        @Schema(description = ApiText.PAID_ON)
        LocalDate date,
        @Schema(description = ApiText.DATE_SOURCE)
        DateSource dateSource,
        @Schema(description = "Negative for a REVERSAL or RECOVERY: a correcting entry takes the money back")
        BigDecimal amount,
        String act,
        Kind kind,
        String note,
        String period,
        String fundingRound,
        List<Payment.Share> breakdown,
        Source source,
        @Schema(description = "The payment a REVERSAL or RECOVERY corrects")
        UUID corrects,
        @Schema(description = "Why a REVERSAL or RECOVERY takes the money back", example = "Decreto di recupero 512/10")
        String reason,
        long version) implements VersionedBody {
}

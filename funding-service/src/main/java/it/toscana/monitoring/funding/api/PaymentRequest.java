package it.toscana.monitoring.funding.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import it.toscana.monitoring.events.DateSource;
import it.toscana.monitoring.events.funding.PaymentState.Kind;
import it.toscana.monitoring.funding.domain.Money;
import it.toscana.monitoring.funding.domain.Payment;
import it.toscana.monitoring.funding.domain.Source;
import it.toscana.monitoring.platform.time.BusinessDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A payment tranche; the allocation is named by {@code allocationId} or by the ERP's {@code allocationExternalId}. */
public record PaymentRequest(
        UUID allocationId,
        @Size(max = 200) String allocationExternalId,
        @Size(max = 200) String externalId,
        @Schema(description = ApiText.PAID_ON)
        LocalDate date,
        @Schema(description = ApiText.DATE_SOURCE)
        DateSource dateSource,
        @NotNull @Money BigDecimal amount,
        @Size(max = 500) String act,
        @NotNull Kind kind,
        @Size(max = 2000) String note,
        @Size(max = 100) String period,
        @Size(max = 500) String fundingRound,
        @Size(max = 100) List<Payment.@Valid @NotNull Share> breakdown,
        @Valid Source source,
        @Schema(description = "REVERSAL or RECOVERY only: the id of the payment this entry corrects, on the same allocation")
        UUID corrects,
        @Schema(description = "REVERSAL or RECOVERY only, and required there: why the payment is corrected")
        @Size(max = 2000) String reason) {

    /** The amount as stored: a correcting entry takes money back, so it is negative. */
    public BigDecimal signedAmount() {
        return kind != null && kind.isCorrection() ? amount.negate().setScale(2) : amount.setScale(2);
    }

    public BusinessDate dateAsGiven() {
        return BusinessDate.given("date", date, dateSource);
    }
}

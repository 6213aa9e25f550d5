package it.toscana.monitoring.gateway.totals.view;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Money in EUR, two decimals. Paid and to pay are null where the payments are not known (see notKnown). */
public record Money(
        @Schema(description = "Assigned by Regione Toscana (valore complessivo assegnazione regionale)") BigDecimal assigned,
        @Schema(description = "Paid (di cui liquidato); null when not known at this level", nullable = true) BigDecimal paid,
        @Schema(description = "Still to pay (di cui da liquidare); null when not known at this level", nullable = true)
        BigDecimal toPay) {
}

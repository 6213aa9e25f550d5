package it.toscana.monitoring.events.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import it.toscana.monitoring.events.Versioned;

/** One payment tranche (liquidazione) on an allocation; the allocation's own event carries the new paid total. */
public record PaymentState(
        String id,
        String externalId,
        String allocationId,
        LocalDate date,
        BigDecimal amount,
        String act,
        Kind kind,
        long version) implements Versioned {

    @Schema(name = "PaymentKind", description = "What a payment tranche is")
    public enum Kind {
        ADVANCE, TRANCHE, BALANCE
    }

    @Override
    public String aggregateId() {
        return id;
    }
}

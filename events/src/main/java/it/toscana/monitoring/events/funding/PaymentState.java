package it.toscana.monitoring.events.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import it.toscana.monitoring.events.VersionedById;

/**
 * One payment tranche (liquidazione) on an allocation; the allocation's own event carries the new paid total.
 * A REVERSAL or RECOVERY (recupero) is a correcting entry: its amount is negative, {@code corrects} names the
 * payment it corrects and {@code reason} says why (both null on other kinds, and in events written before
 * they were added).
 */
public record PaymentState(
        String id,
        String externalId,
        String allocationId,
        LocalDate date,
        BigDecimal amount,
        String act,
        Kind kind,
        long version,
        String corrects,
        String reason) implements VersionedById {

    @Schema(name = "PaymentKind", description = "What a payment tranche is")
    public enum Kind {
        ADVANCE, TRANCHE, BALANCE,
        /** Takes back (part of) a payment made in error. */
        REVERSAL,
        /** Recovers (part of) a payment from the beneficiary: a recupero. */
        RECOVERY;

        public boolean isCorrection() {
            return this == REVERSAL || this == RECOVERY;
        }
    }
}

package it.toscana.monitoring.events.territory;

import java.time.LocalDate;

import it.toscana.monitoring.events.VersionedById;

/** A municipality's membership of a community from {@code validFrom}, until {@code validTo} when set (inclusive). */
public record MembershipState(
        String id,
        String istatCode,
        String communityCode,
        LocalDate validFrom,
        LocalDate validTo,
        long version) implements VersionedById {
}

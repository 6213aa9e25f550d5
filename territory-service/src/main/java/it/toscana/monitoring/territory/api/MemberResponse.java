package it.toscana.monitoring.territory.api;

import java.time.LocalDate;
import java.util.UUID;

/** A municipality that belongs to a community on the asked date, with the membership that makes it so. */
public record MemberResponse(
        String istatCode,
        String name,
        String province,
        Integer population,
        LocalDate populationDate,
        UUID membershipId,
        LocalDate validFrom,
        LocalDate validTo) {
}

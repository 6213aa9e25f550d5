package it.toscana.monitoring.territory.api;

import java.time.LocalDate;
import java.util.UUID;

/** The community a municipality belongs to on {@code date}, with the membership that makes it so. */
public record MunicipalityCommunityResponse(
        String istatCode,
        LocalDate date,
        UUID membershipId,
        LocalDate validFrom,
        LocalDate validTo,
        CommunityResponse community) {
}

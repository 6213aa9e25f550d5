package it.toscana.monitoring.territory.rest;

import java.time.LocalDate;
import java.util.UUID;

public record MembershipResponse(
        UUID id,
        String istatCode,
        String communityCode,
        LocalDate validFrom,
        LocalDate validTo,
        long version) implements VersionedResponse {
}

package it.toscana.monitoring.territory.api;

import it.toscana.monitoring.platform.rest.VersionedBody;

import java.time.LocalDate;
import java.util.UUID;

public record MembershipResponse(
        UUID id,
        String istatCode,
        String communityCode,
        LocalDate validFrom,
        LocalDate validTo,
        long version) implements VersionedBody {
}

package it.toscana.monitoring.events.deployment;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import it.toscana.monitoring.events.VersionedById;

/**
 * A PAAS point (Punto di Accesso Assistito ai Servizi) with its current cumulative registered
 * users and accesses (from the newest usage report), so consumers need no second lookup.
 * {@code partial} is true when that report covered only part of its period.
 */
public record PaasPointState(
        String id,
        String communityCode,
        String istatCode,
        String name,
        SiteType siteType,
        List<String> associations,
        Status status,
        ClosureReason closureReason,
        LocalDate closedOn,
        long registeredUsers,
        long accesses,
        boolean partial,
        LocalDate reportedUntil,
        long version) implements VersionedById {

    public enum SiteType {
        LIBRARY, YOUTH_CENTRE, TOWN_HALL, ASSOCIATION_SEAT, OTHER
    }

    @Schema(name = "PaasPointStatus", description = "Where a PAAS point (assisted internet access point) stands")
    public enum Status {
        OPEN, BEING_ACCREDITED, SUSPENDED, CLOSED
    }

    public enum ClosureReason {
        RENOUNCED, ACCREDITATION_REFUSED
    }
}

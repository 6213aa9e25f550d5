package it.toscana.monitoring.events.deployment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import it.toscana.monitoring.events.SourceReference;
import it.toscana.monitoring.events.Versioned;

/**
 * Broadband facts of one municipality (keyed by ISTAT code), with the community it belonged to
 * when the facts were written, so consumers need no second lookup.
 *
 * <p>Payload of {@code broadband.*.v1}, frozen: its vocabulary cannot say "cable or TIX/SAT", "not
 * connected" or a municipality outside the intervention, so the full values came as {@link BroadbandStateV2}.
 */
public record BroadbandState(
        String istatCode,
        String communityCode,
        PaConnection paConnection,
        List<HospitalLink> hospitalLinks,
        Coverage coverage,
        Integer coverageTargetYear,
        List<String> zonesServed,
        Integer unservableUsers,
        BigDecimal investmentLocalConnection,
        BigDecimal investmentSharedInfrastructure,
        String notes,
        SourceReference source,
        long version) implements Versioned {

    /** The town hall's connection to the regional network RTRT. */
    public record PaConnection(Technology technology, RolloutStatus status, LocalDate date) {
    }

    public record HospitalLink(String hospital, String bandwidth, RolloutStatus status) {
    }

    public enum Technology {
        CABLE, TIX_SATELLITE, RTRT3_FIBRE
    }

    public enum RolloutStatus {
        PLANNED, ACTIVE
    }

    /** Coverage for citizens and businesses against digital-divide level 1. */
    public enum Coverage {
        COVERED_ACTIVE, PARTIALLY_COVERED, PLANNED, NOT_COVERED
    }

    @Override
    public String aggregateId() {
        return istatCode;
    }
}

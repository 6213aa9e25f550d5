package it.toscana.monitoring.events.deployment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import it.toscana.monitoring.events.SourceReference;
import it.toscana.monitoring.events.Versioned;
import it.toscana.monitoring.events.deployment.BroadbandState.RolloutStatus;

/**
 * Broadband facts of one municipality, version 2 of the broadband event ({@code broadband.*.v2}): every
 * value deployment-service stores, where {@link BroadbandState} had to round some to its narrower
 * vocabulary. It adds the town hall's RTRT connection as printed (network, "cable or TIX/SAT",
 * not connected) beside its optical-fibre (RTRT-3) extension, citizen coverage
 * {@link Coverage#NOT_IN_INTERVENTION}, the digital-divide level and hospital links with their speed.
 */
public record BroadbandStateV2(
        String istatCode,
        String communityCode,
        PaConnection paConnection,
        FibreExtension fibreRtrt3,
        List<HospitalLink> hospitalLinks,
        Coverage coverage,
        Integer coverageTargetYear,
        Integer digitalDivideLevel,
        List<String> zonesServed,
        Integer unservableUsers,
        BigDecimal investmentLocalConnection,
        BigDecimal investmentSharedInfrastructure,
        String notes,
        SourceReference source,
        long version) implements Versioned {

    /** The town hall's connection to the regional network RTRT; {@code network} as printed, e.g. RTRT-2. */
    public record PaConnection(String network, Technology technology, ConnectionStatus status, LocalDate date) {
    }

    /** The booklets often say "cable or TIX/SAT" without saying which: CABLE_OR_TIX_SATELLITE. */
    public enum Technology {
        CABLE, TIX_SATELLITE, CABLE_OR_TIX_SATELLITE, RTRT3_FIBRE
    }

    public enum ConnectionStatus {
        NOT_CONNECTED, PLANNED, ACTIVE
    }

    /** The connection's optical-fibre (RTRT-3) extension: possible, planned for a year, or active. */
    public record FibreExtension(FibreStatus status, Integer year, String note) {
    }

    public enum FibreStatus {
        POSSIBLE, PLANNED, ACTIVE
    }

    /** A hospital's fibre link; {@code link} names it as printed, {@code minSpeedMbps} the speed it guarantees. */
    public record HospitalLink(String hospital, String link, Integer minSpeedMbps, RolloutStatus status) {
    }

    /** Coverage for citizens and businesses against digital-divide level 1. */
    public enum Coverage {
        COVERED_ACTIVE, PARTIALLY_COVERED, PLANNED, NOT_COVERED,
        /** The municipality is outside the coverage intervention (Sassetta). */
        NOT_IN_INTERVENTION
    }

    /**
     * A v1 payload as v2: the same values (v1 has no fibre extension, network or digital-divide level; its
     * one connection may be the fibre). A v1 hospital link's bandwidth text is read back into speed and link.
     */
    public static BroadbandStateV2 of(BroadbandState v1) {
        return new BroadbandStateV2(v1.istatCode(), v1.communityCode(), connection(v1.paConnection()), null,
                v1.hospitalLinks() == null ? List.of() : v1.hospitalLinks().stream().map(BroadbandStateV2::link).toList(),
                v1.coverage() == null ? null : Coverage.valueOf(v1.coverage().name()), v1.coverageTargetYear(), null,
                v1.zonesServed(), v1.unservableUsers(), v1.investmentLocalConnection(),
                v1.investmentSharedInfrastructure(), v1.notes(), v1.source(), v1.version());
    }

    @Override
    public String aggregateId() {
        return istatCode;
    }

    private static PaConnection connection(BroadbandState.PaConnection v1) {
        if (v1 == null) {
            return null;
        }
        return new PaConnection(null, v1.technology() == null ? null : Technology.valueOf(v1.technology().name()),
                v1.status() == null ? null : ConnectionStatus.valueOf(v1.status().name()), v1.date());
    }

    // deployment-service wrote v1 bandwidths as ">= <speed> Mbit/s[ <link>]"; anything else is kept as the link.
    private static final Pattern V1_BANDWIDTH = Pattern.compile(">= (\\d+) Mbit/s(?: (.+))?");

    private static HospitalLink link(BroadbandState.HospitalLink v1) {
        Matcher bandwidth = v1.bandwidth() == null ? null : V1_BANDWIDTH.matcher(v1.bandwidth());
        if (bandwidth == null || !bandwidth.matches()) {
            return new HospitalLink(v1.hospital(), v1.bandwidth(), null, v1.status());
        }
        return new HospitalLink(v1.hospital(), bandwidth.group(2), Integer.valueOf(bandwidth.group(1)), v1.status());
    }
}

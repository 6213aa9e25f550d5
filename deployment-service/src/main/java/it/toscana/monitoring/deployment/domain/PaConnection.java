package it.toscana.monitoring.deployment.domain;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A connection to the regional network RTRT (network generation as printed, e.g. RTRT-2). */
public record PaConnection(
        @Size(max = 50) String network,
        ConnectionTechnology technology,
        @NotNull ConnectionStatus status,
        LocalDate date) {

    /** The booklets often say "cable or TIX/SAT" without saying which: CABLE_OR_TIX_SATELLITE. */
    public enum ConnectionTechnology {
        CABLE, TIX_SATELLITE, CABLE_OR_TIX_SATELLITE, RTRT3_FIBRE
    }

    public enum ConnectionStatus {
        NOT_CONNECTED, PLANNED, ACTIVE
    }
}

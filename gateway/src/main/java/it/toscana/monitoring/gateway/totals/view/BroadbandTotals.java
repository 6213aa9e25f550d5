package it.toscana.monitoring.gateway.totals.view;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Broadband per municipality: connection to the regional network RTRT and coverage for citizens. */
public record BroadbandTotals(
        long municipalities,
        @Schema(description = "Municipalities whose town hall is connected to RTRT, or by active RTRT-3 fibre")
        long connectedToRegionalNetwork,
        @Schema(description = "Municipalities per citizen-coverage value as stored") Map<String, Long> coverage,
        @Schema(description = "Users that cannot be served") long unservableUsers) {
}

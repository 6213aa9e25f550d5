package it.toscana.monitoring.gateway.totals.view;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** PAAS points (Punti di Accesso Assistito ai Servizi) with their users and accesses. */
public record PaasTotals(
        @Schema(description = "Every point recorded, whatever its status") long points,
        @Schema(description = "Points not closed (open, being accredited or suspended): the PAAS count the booklets print")
        long activePoints,
        Map<String, Long> pointsByStatus,
        long registeredUsers,
        long accesses,
        @Schema(description = "Whether some usage figure covers only part of its period (dati parziali)") boolean partial) {
}

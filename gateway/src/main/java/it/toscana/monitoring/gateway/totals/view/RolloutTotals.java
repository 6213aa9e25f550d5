package it.toscana.monitoring.gateway.totals.view;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The other rollout facts the booklets print; a part is null when nothing of its kind is recorded. */
public record RolloutTotals(
        @Schema(nullable = true) Telecentres telecentres,
        @Schema(nullable = true) Voip voip,
        @Schema(nullable = true) ForeGov foreGov,
        @Schema(nullable = true) Justice justice) {

    /** Telecentres (and their phases) with workstations and jobs. */
    public record Telecentres(long count, long workstations, long teacherWorkstations, long jobsCreated, long jobsTarget) {
    }

    /** VoIP installations with their switchboards (centralini) and terminals. */
    public record Voip(long installations, long switchboards, long terminals) {
    }

    /**
     * FORe-gov training: the entities that joined and the managers and employees trained; the adhesions a
     * booklet expects (and their employees) beside them, never counted as joined or trained.
     */
    public record ForeGov(long adhesions, long managersTrained, long employeesTrained, long expectedAdhesions,
            long employeesExpected) {
    }

    /**
     * Judicial offices on the online registry (Cancelleria telematica). In the region an office serving
     * several communities (the Corte d'appello) counts once.
     */
    public record Justice(long offices, long activeOffices, long accesses) {
    }
}

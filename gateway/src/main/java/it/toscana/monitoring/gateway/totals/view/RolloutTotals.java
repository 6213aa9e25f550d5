package it.toscana.monitoring.gateway.totals.view;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The other rollout facts the booklets print; a part is null when nothing of its kind is recorded. */
public record RolloutTotals(
        @Schema(nullable = true) Telecentres telecentres,
        @Schema(nullable = true) Voip voip,
        @Schema(nullable = true) ForeGov foreGov,
        @Schema(nullable = true) Justice justice,
        @Schema(nullable = true, description = "START, SUAP and URP: the entities of each service by status")
        ServiceAdhesions serviceAdhesions) {

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

    /** Where the entities (municipalities, the community itself) stand with START, SUAP and URP; a service none has reported is null. */
    public record ServiceAdhesions(
            @Schema(nullable = true, description = "The START e-procurement platform") AdhesionCounts start,
            @Schema(nullable = true, description = "The SUAP network (one-stop shops for businesses)") AdhesionCounts suap,
            @Schema(nullable = true, description = "The URP network (public information offices)") AdhesionCounts urp) {
    }

    /** The entities with an adhesion to one service, by status, and those whose staff is reported trained. */
    public record AdhesionCounts(
            @Schema(description = "Entities (municipalities, the community itself) with an adhesion") long entities,
            @Schema(description = "Those entities by status (PLANNED, JOINED, IN_PROGRESS, ACTIVE); a status none has is left out")
            Map<String, Long> byStatus,
            @Schema(description = "Those whose staff is reported trained for the service") long staffTrained) {
    }
}

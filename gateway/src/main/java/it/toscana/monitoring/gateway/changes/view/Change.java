package it.toscana.monitoring.gateway.changes.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import it.toscana.monitoring.gateway.changes.ChangeEntry;
import it.toscana.monitoring.gateway.changes.Cursor;
import it.toscana.monitoring.gateway.changes.EntityTypes;

@Schema(name = "Change", description = "One change the gateway applied, in the order it applied them")
public record Change(
        @Schema(description = "Opaque cursor of this change: ?after= (or Last-Event-ID) resumes right after it", example = "YzE6NDI")
        String cursor,
        @Schema(description = "Entity type", example = "allocation")
        String type,
        @Schema(description = "The entity's id (natural key where it has one)", example = "0b7f1d2e-6c55-4a43-9a7e-2f5a1c9d8e10")
        String id,
        @Schema(description = "The entity's version after the change (a deletion has a version too)", example = "3")
        long version,
        @Schema(description = "Business time: the latest day whose figures the change moved (e.g. a payment's date); "
                + "null when it moved no total", example = "2009-06-30")
        LocalDate businessTime,
        @Schema(description = "Recording time: when the owning service recorded the change", example = "2026-11-02T10:00:00Z")
        Instant recordedAt,
        @Schema(description = "Communities whose totals changed; \"\" stands for figures of the region only", example = "[\"alta-val-di-cecina\"]")
        List<String> communities,
        @Schema(description = "The entity's current state (404 there once it is deleted); null for a type served by no collection",
                example = "/api/v1/allocations/0b7f1d2e-6c55-4a43-9a7e-2f5a1c9d8e10")
        String link) {

    public static Change of(ChangeEntry entry) {
        return new Change(Cursor.of(entry.position()), entry.type(), entry.id(), entry.version(), entry.businessTime(),
                entry.recordedAt(), entry.communities(), EntityTypes.link(entry.type(), entry.id()));
    }
}

package it.toscana.monitoring.gateway.changes.view;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChangePage", description = "Changes in applied order, and the cursor to read on from")
public record ChangePage(
        List<Change> items,
        @Schema(description = "Pass as ?after= for the next changes; when items is empty, ask again later with the same value",
                example = "YzE6NDI")
        String next) {
}

package it.toscana.monitoring.platform.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import it.toscana.monitoring.platform.problem.Problem;

/** The body of a {@code 207 Multi-Status} bulk response: one result per submitted item, in order. */
public record BulkResult(int succeeded, int failed, List<Item> items) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "BulkItemResult")
    public record Item(
            @Schema(description = "The item's position in the list sent, from 0") int index,
            @Schema(description = "The HTTP status this item would have had alone") int status,
            @Schema(description = "The id of the resource written, when it succeeded") String id,
            @Schema(description = "Why it failed, when it did") Problem problem) {
    }

    public static BulkResult of(List<Item> items) {
        int succeeded = (int) items.stream().filter(item -> item.status() < 300).count();
        return new BulkResult(succeeded, items.size() - succeeded, items);
    }
}

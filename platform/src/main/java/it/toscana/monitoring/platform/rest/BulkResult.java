package it.toscana.monitoring.platform.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import it.toscana.monitoring.platform.problem.Problem;

/** The body of a {@code 207 Multi-Status} bulk response: one result per submitted item, in order. */
public record BulkResult(int succeeded, int failed, List<Item> items) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "BulkItemResult")
    public record Item(int index, int status, String id, Problem problem) {
    }

    public static BulkResult of(List<Item> items) {
        int succeeded = (int) items.stream().filter(item -> item.status() < 300).count();
        return new BulkResult(succeeded, items.size() - succeeded, items);
    }
}

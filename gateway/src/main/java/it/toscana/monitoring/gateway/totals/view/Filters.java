package it.toscana.monitoring.gateway.totals.view;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The money filters a read applied. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Filters(String section, String period) {
}

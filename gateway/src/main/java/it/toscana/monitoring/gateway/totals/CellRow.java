package it.toscana.monitoring.gateway.totals;

import it.toscana.monitoring.gateway.projection.Cell;

/** A maintained (or as-of) total cell with the community it belongs to. */
public record CellRow(String communityCode, Cell cell) {
}

package it.toscana.monitoring.gateway.totals;

import java.math.BigDecimal;

import it.toscana.monitoring.gateway.projection.Cell;

/** A total cell's value at the point of both time axes a read asks for. */
public record CellValue(Cell cell, BigDecimal value) {
}

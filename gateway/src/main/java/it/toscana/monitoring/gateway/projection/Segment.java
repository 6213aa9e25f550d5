package it.toscana.monitoring.gateway.projection;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A cell value that holds over a business-time interval: from {@code from} until {@code to} (exclusive;
 * null = from then on). Everything an aggregate contributes is a list of segments. Stored as JSON with
 * short names: there is one list per aggregate.
 */
public record Segment(
        @JsonProperty("c") Cell cell,
        @JsonProperty("f") LocalDate from,
        @JsonProperty("t") LocalDate to,
        @JsonProperty("v") BigDecimal value) {

    static Segment from(LocalDate from, Cell cell, BigDecimal value) {
        return new Segment(cell, from, null, value);
    }

    /** This segment cut short at {@code end}. */
    Segment until(LocalDate end) {
        return new Segment(cell, from, end, value);
    }

    boolean isEmpty() {
        return value.signum() == 0 || to != null && !to.isAfter(from);
    }
}

package it.toscana.monitoring.gateway.projection;

import java.math.BigDecimal;

/**
 * One measure at the finest grain the totals keep (see V2__totals.sql). Unused dimensions are
 * empty strings, so that a cell has one identity in the primary key.
 */
public record Cell(
        String family,
        String section,
        String period,
        String line,
        String category,
        String istatCode,
        String status,
        String measure,
        BigDecimal value) {

    public static final String MONEY = "money";
    public static final String PAAS = "paas";
    public static final String BROADBAND = "broadband";
    public static final String CART = "cart";

    Cell negated() {
        return new Cell(family, section, period, line, category, istatCode, status, measure, value.negate());
    }

    static String dimension(Object value) {
        return value == null ? "" : value.toString();
    }
}

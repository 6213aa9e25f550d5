package it.toscana.monitoring.gateway.totals.view;

import java.util.Map;

/** CART application cooperation: NAL nodes and InterPro electronic protocol. */
public record CartTotals(long nalHosted, long nalUsers, Map<String, Long> interProByStatus, long interProMessages) {
}

package it.toscana.monitoring.funding.service;

import java.math.BigDecimal;
import java.util.List;

/** Sums of the allocations matching a filter, overall and per group when {@code groupBy} was asked. */
public record AllocationSummary(long count, BigDecimal amountAssigned, BigDecimal amountPaid, BigDecimal amountToPay,
        String groupBy, List<Group> groups) {

    public record Group(String key, long count, BigDecimal amountAssigned, BigDecimal amountPaid, BigDecimal amountToPay) {
    }
}

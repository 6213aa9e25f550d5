package it.toscana.monitoring.funding.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import it.toscana.monitoring.funding.domain.Allocation;
import it.toscana.monitoring.funding.domain.Payment;
import it.toscana.monitoring.platform.rest.Conditions;
import it.toscana.monitoring.platform.rest.Listing;
import it.toscana.monitoring.platform.rest.Page;
import it.toscana.monitoring.platform.rest.PageParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * What this system holds per external id, for the ERP to diff against its own ledger: the allocations
 * whose external id starts with a prefix, with what was assigned and paid. As of a business date, an
 * allocation counts from its act's date (else the day it was recorded) and a payment from its date
 * (else the day it was recorded), as the payments' {@code paidTo} filter reads them.
 */
@ApplicationScoped
public class Reconciliation {

    private static final Listing LISTING = Listing.of(Set.of("externalId", "updatedAt"), "updatedAt", "externalId", "id");

    @Inject
    EntityManager entityManager;

    /** One allocation's line; paid null for a LINE_TOTAL, whose payments are not known. */
    public record Line(Allocation allocation, BigDecimal paid) {
    }

    public Page<Line> page(String externalIdPrefix, LocalDate asOf, PageParams page) {
        Conditions where = new Conditions().startsWith("externalId", externalIdPrefix == null ? "" : externalIdPrefix)
                .businessDateWithin("assignedOn", "createdAt", null, asOf);
        Page<Allocation> allocations = LISTING.page(entityManager, Allocation.class, where, page);
        Map<UUID, BigDecimal> paid = paidAsOf(allocations.items().stream().map(allocation -> allocation.id).toList(), asOf);
        return allocations.map(allocation -> new Line(allocation, allocation.hasKnownPayments()
                ? paid.getOrDefault(allocation.id, BigDecimal.ZERO.setScale(2)) : null));
    }

    /** The sum of each allocation's payments dated on or before {@code asOf} (all of them when it is null). */
    private Map<UUID, BigDecimal> paidAsOf(List<UUID> allocationIds, LocalDate asOf) {
        if (allocationIds.isEmpty()) {
            return Map.of();
        }
        Conditions dated = new Conditions().businessDateWithin("date", "createdAt", null, asOf);
        var query = dated.bind(entityManager.createQuery("select allocationId, sum(amount) from "
                + Payment.class.getSimpleName() + " where allocationId in :ids and " + dated.condition()
                + " group by allocationId", Object[].class))
                .setParameter("ids", allocationIds);
        return query.getResultList().stream().collect(Collectors.toMap(row -> (UUID) row[0], row -> (BigDecimal) row[1]));
    }
}

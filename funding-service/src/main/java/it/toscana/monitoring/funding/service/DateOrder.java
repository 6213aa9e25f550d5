package it.toscana.monitoring.funding.service;

import java.time.LocalDate;
import java.util.UUID;

import it.toscana.monitoring.funding.domain.Payment;
import it.toscana.monitoring.platform.time.BusinessDate;

/**
 * Money is not paid before the act assigning it. Only dates of their own (stated, or their document's)
 * are compared: a recording day says when this system learned a fact, not when it happened.
 */
final class DateOrder {

    private DateOrder() {
    }

    static void requirePaidAfterAssigned(BusinessDate assignedOn, BusinessDate paidOn) {
        if (assignedOn.isDated() && paidOn.isDated() && paidOn.date().isBefore(assignedOn.date())) {
            throw References.unprocessable("date", "must not precede the allocation's assignedOn " + assignedOn.date(),
                    "A payment on " + paidOn.date() + " would precede the act of " + assignedOn.date()
                            + " assigning its money.");
        }
    }

    /** An allocation's (new) assignedOn must not follow the earliest of its dated payments. */
    static void requireAssignedBeforePayments(UUID allocationId, BusinessDate assignedOn) {
        if (!assignedOn.isDated()) {
            return;
        }
        LocalDate earliest = Payment.getEntityManager()
                .createQuery("select min(date) from Payment where allocationId = :id", LocalDate.class)
                .setParameter("id", allocationId).getSingleResult();
        if (earliest != null && earliest.isBefore(assignedOn.date())) {
            throw References.unprocessable("assignedOn", "must not follow the payment of " + earliest,
                    "Allocation " + allocationId + " has a payment on " + earliest + "; its act cannot be dated "
                            + assignedOn.date() + ".");
        }
    }
}

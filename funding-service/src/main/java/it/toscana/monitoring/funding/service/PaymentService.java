package it.toscana.monitoring.funding.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import it.toscana.monitoring.events.funding.PaymentState.Kind;
import it.toscana.monitoring.funding.api.PaymentRequest;
import it.toscana.monitoring.funding.domain.Allocation;
import it.toscana.monitoring.funding.domain.Payment;
import it.toscana.monitoring.funding.mapping.PaymentMapper;
import it.toscana.monitoring.platform.aggregate.AggregateWriter;
import it.toscana.monitoring.platform.aggregate.Upserted;
import it.toscana.monitoring.platform.problem.Problem;
import it.toscana.monitoring.platform.problem.ProblemException;
import it.toscana.monitoring.platform.problem.ProblemType;
import it.toscana.monitoring.platform.rest.Etags;
import it.toscana.monitoring.platform.rest.Page;
import it.toscana.monitoring.platform.rest.Conditions;
import it.toscana.monitoring.platform.rest.Listing;
import it.toscana.monitoring.platform.rest.PageParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * Payments and the paid amount of their allocation. Every change locks the allocation row first
 * (PESSIMISTIC_WRITE), so concurrent tranches on one allocation are summed one after the other and
 * together can never exceed the amount assigned.
 */
@ApplicationScoped
public class PaymentService {

    private static final Listing LISTING = Listing.of(Set.of("date", "amount", "kind", "externalId"), "updatedAt", "id");

    @Inject
    AggregateWriter writer;

    @Inject
    AllocationService allocations;

    @Inject
    EntityManager entityManager;

    @Transactional
    public Payment create(PaymentRequest request) {
        Allocation allocation = lockAllocationOf(request);
        if (request.externalId() != null && Payment.count("externalId", request.externalId()) > 0) {
            throw ProblemException.conflict("A payment with externalId " + request.externalId() + " exists.");
        }
        Payment payment = new Payment();
        payment.id = UUID.randomUUID();
        payment.allocationId = allocation.id;
        return write(payment, request, allocation);
    }

    @Transactional
    public Payment replace(UUID id, PaymentRequest request, String ifMatch) {
        Payment payment = get(id);
        Allocation allocation = allocations.lock(payment.allocationId);
        entityManager.refresh(payment);
        Etags.checkIfMatch(ifMatch, payment.version);
        requireSameAllocation(payment, lockAllocationOf(request));
        return write(payment, request, allocation);
    }

    /** The ERP's upsert: by external id, created when unknown. */
    @Transactional
    public Upserted<Payment> upsertByExternalId(PaymentRequest request) {
        ExternalIds.require(request.externalId());
        Allocation allocation = lockAllocationOf(request);
        Payment payment = Payment.find("externalId", request.externalId()).firstResult();
        if (payment == null) {
            return new Upserted<>(create(request), true);
        }
        requireSameAllocation(payment, allocation);
        return new Upserted<>(write(payment, request, allocation), false);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Payment payment = get(id);
        Allocation allocation = allocations.lock(payment.allocationId);
        entityManager.refresh(payment);
        Etags.checkIfMatch(ifMatch, payment.version);
        PaymentCorrections.requireUncorrected(payment);
        writer.delete(PaymentMapper.AGGREGATE, payment, ifMatch);
        settle(allocation, "id");
    }

    public Payment get(UUID id) {
        return Payment.<Payment>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No payment with id " + id + "."));
    }

    /** {@code paidFrom} and {@code paidTo} (inclusive, optional) bound the payments' business dates. */
    public Page<Payment> list(UUID allocationId, Kind kind, LocalDate paidFrom, LocalDate paidTo, PageParams page) {
        if (paidFrom != null && paidTo != null && paidTo.isBefore(paidFrom)) {
            throw ProblemException.invalidField("paidTo", "must not be before paidFrom");
        }
        Conditions where = new Conditions().equal("allocationId", allocationId).equal("kind", kind)
                .businessDateWithin("date", "createdAt", paidFrom, paidTo);
        return LISTING.page(entityManager, Payment.class, where, page);
    }

    private Payment write(Payment payment, PaymentRequest request, Allocation allocation) {
        if (!allocation.hasKnownPayments()) {
            throw References.unprocessable(request.allocationId() != null ? "allocationId" : "allocationExternalId",
                    "names a LINE_TOTAL allocation, whose payments are not known",
                    "Allocation " + allocation.id + " is a funding line's total as a summary table prints it; it takes"
                            + " no payments.");
        }
        DateOrder.requirePaidAfterAssigned(allocation.assignedOnAsGiven(), request.dateAsGiven());
        PaymentCorrections.check(payment, request);
        PaymentMapper.apply(request, payment);
        writer.save(PaymentMapper.AGGREGATE, payment);
        settle(allocation, "amount");
        return payment;
    }

    /**
     * Recomputes the allocation's paid amount from its payments (row already locked), refusing an overshoot,
     * and publishes the allocation as a new version, since its event lists its payments.
     */
    private void settle(Allocation allocation, String field) {
        BigDecimal paid = entityManager.createQuery(
                "select coalesce(sum(amount), 0) from Payment where allocationId = :id", BigDecimal.class)
                .setParameter("id", allocation.id)
                .getSingleResult().setScale(2);
        if (paid.compareTo(allocation.amountAssigned) > 0) {
            throw References.unprocessable(field, "payments would exceed the amount assigned",
                    "Payments on allocation " + allocation.id + " would total " + paid + ", more than the "
                            + allocation.amountAssigned + " assigned (" + allocation.amountToPay() + " still to pay).");
        }
        if (paid.compareTo(allocation.amountPaid) != 0) {
            allocation.amountPaid = paid;
            allocation.persistAndFlush();
        } else {
            // same total, but a payment's date, kind or amounts changed: the allocation's state did too
            entityManager.lock(allocation, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        }
        allocations.publish(allocation);
    }

    private Allocation lockAllocationOf(PaymentRequest request) {
        if (request.allocationId() != null) {
            Allocation allocation = Allocation.findById(request.allocationId(), LockModeType.PESSIMISTIC_WRITE);
            if (allocation == null) {
                throw References.unprocessable("allocationId", "unknown allocation",
                        "No allocation has id " + request.allocationId() + ".");
            }
            return allocation;
        }
        if (request.allocationExternalId() == null) {
            throw new ProblemException(ProblemType.VALIDATION, "Name the allocation the payment belongs to.",
                    List.of(new Problem.FieldError("allocationId", "allocationId or allocationExternalId is required")));
        }
        Allocation allocation = Allocation.<Allocation>find("externalId", request.allocationExternalId())
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (allocation == null) {
            throw References.unprocessable("allocationExternalId", "unknown allocation",
                    "No allocation has externalId " + request.allocationExternalId() + ".");
        }
        return allocation;
    }

    private static void requireSameAllocation(Payment payment, Allocation allocation) {
        if (!payment.allocationId.equals(allocation.id)) {
            throw References.unprocessable("allocationId", "a payment cannot move to another allocation",
                    "Payment " + payment.id + " belongs to allocation " + payment.allocationId
                            + "; delete it and record it on the other allocation.");
        }
    }
}

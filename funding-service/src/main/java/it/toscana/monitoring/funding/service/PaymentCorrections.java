package it.toscana.monitoring.funding.service;

import java.math.BigDecimal;
import java.util.List;

import it.toscana.monitoring.funding.api.PaymentRequest;
import it.toscana.monitoring.funding.domain.Payment;
import it.toscana.monitoring.platform.problem.Problem;
import it.toscana.monitoring.platform.problem.ProblemException;
import it.toscana.monitoring.platform.problem.ProblemType;

/**
 * Reversals and recoveries (recupero): a correcting entry names a payment of the same allocation that is not
 * itself a correction, says why, and takes back at most what that payment still holds. The corrected payment
 * is never deleted while an entry corrects it, so both stay in every sum.
 */
final class PaymentCorrections {

    private PaymentCorrections() {
    }

    /** The request's correction rules, for {@code payment} (new, or the stored one it replaces). */
    static void check(Payment payment, PaymentRequest request) {
        BigDecimal correctedBy = correctionsOf(payment, null);
        if (!request.kind().isCorrection()) {
            if (request.corrects() != null) {
                throw invalid("corrects", "only a REVERSAL or RECOVERY corrects a payment");
            }
            if (request.amount().compareTo(correctedBy) < 0) {
                throw References.unprocessable("amount", "must not be below the " + correctedBy + " its corrections take back",
                        "Payment " + payment.id + " is corrected by " + correctedBy + "; it cannot be lowered to " + request.amount() + ".");
            }
            return;
        }
        if (correctedBy.signum() > 0) {
            throw References.unprocessable("kind", "a corrected payment cannot become a correction",
                    "Payment " + payment.id + " is corrected by other entries; it stays a payment.");
        }
        if (request.corrects() == null) {
            throw invalid("corrects", "a " + request.kind() + " names the payment it corrects");
        }
        if (request.amount().signum() == 0) {
            throw invalid("amount", "a " + request.kind() + " takes back more than nothing");
        }
        if (request.reason() == null || request.reason().isBlank()) {
            throw invalid("reason", "a " + request.kind() + " says why");
        }
        Payment corrected = Payment.findById(request.corrects());
        if (corrected == null || !corrected.allocationId.equals(payment.allocationId) || corrected.id.equals(payment.id)) {
            throw References.unprocessable("corrects", "no other payment of this allocation has this id",
                    "Payment " + request.corrects() + " is not another payment of allocation " + payment.allocationId + ".");
        }
        if (corrected.kind.isCorrection()) {
            throw References.unprocessable("corrects", "names a correcting entry",
                    "Payment " + corrected.id + " is itself a " + corrected.kind + "; correct the payment it corrects.");
        }
        BigDecimal correctedBefore = correctionsOf(corrected, payment);
        BigDecimal left = corrected.amount.subtract(correctedBefore);
        if (request.amount().compareTo(left) > 0) {
            throw References.unprocessable("amount", "must not exceed the " + left + " payment " + corrected.id + " still holds",
                    "Payment " + corrected.id + " of " + corrected.amount + " is already corrected by " + correctedBefore
                            + "; a " + request.kind() + " of " + request.amount() + " would take back more than was paid.");
        }
    }

    /** What the entries correcting {@code payment} take back, leaving out {@code except} (the entry being written). */
    private static BigDecimal correctionsOf(Payment payment, Payment except) {
        return Payment.<Payment>list("corrects = ?1", payment.id).stream().filter(entry -> except == null || !entry.id.equals(except.id))
                .map(entry -> entry.amount.negate()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** A payment an entry corrects is kept: deleting it would leave the correction without its payment. */
    static void requireUncorrected(Payment payment) {
        if (Payment.count("corrects", payment.id) > 0) {
            throw ProblemException.conflict("Payment " + payment.id + " is corrected by other entries; it is kept.");
        }
    }

    private static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, "The payment has invalid fields.",
                List.of(new Problem.FieldError(field, message)));
    }
}

package it.toscana.monitoring.funding.mapping;

import java.util.Optional;
import java.util.function.Function;

import it.toscana.monitoring.events.Topics;
import it.toscana.monitoring.events.funding.FundingEvents;
import it.toscana.monitoring.events.funding.PaymentState;
import it.toscana.monitoring.funding.api.PaymentRequest;
import it.toscana.monitoring.funding.api.PaymentResponse;
import it.toscana.monitoring.funding.domain.Payment;
import it.toscana.monitoring.platform.aggregate.Aggregate;
import it.toscana.monitoring.platform.time.BusinessDate;

public final class PaymentMapper {

    /** A payment as the platform's writer publishes it on the funding topic. */
    public static final Aggregate<Payment> AGGREGATE = new Aggregate<>(Topics.FUNDING, "payment",
            FundingEvents.PAYMENT_UPSERTED, FundingEvents.PAYMENT_DELETED, payment -> payment.version, PaymentMapper::toState);

    private PaymentMapper() {
    }

    public static PaymentResponse toResponse(Payment p) {
        BusinessDate date = p.dateAsGiven();
        return new PaymentResponse(p.id, p.externalId, p.allocationId, date.resolve(p.createdAt), date.source(), p.amount,
                p.act, p.kind, detail(p, Payment.Details::note), detail(p, Payment.Details::period),
                detail(p, Payment.Details::fundingRound), detail(p, Payment.Details::breakdown),
                detail(p, Payment.Details::source), p.corrects, p.reason, p.version);
    }

    public static PaymentState toState(Payment p) {
        return toState(p, p.version);
    }

    /** The v1 payload, unchanged: its date is the stored one, null when the payment has no date of its own. */
    public static PaymentState toState(Payment p, long version) {
        return new PaymentState(p.id.toString(), p.externalId, p.allocationId.toString(), p.date, p.amount, p.act, p.kind,
                version, p.corrects == null ? null : p.corrects.toString(), p.reason);
    }

    public static void apply(PaymentRequest r, Payment p) {
        BusinessDate date = r.dateAsGiven();
        p.externalId = r.externalId();
        p.date = date.date();
        p.dateSource = date.source();
        p.amount = r.signedAmount();
        p.corrects = r.corrects();
        p.reason = r.reason() == null ? null : r.reason().strip();
        p.act = r.act();
        p.kind = r.kind();
        p.details = new Payment.Details(r.note(), r.period(), r.fundingRound(), r.breakdown(), r.source());
    }

    private static <T> T detail(Payment p, Function<Payment.Details, T> field) {
        return Optional.ofNullable(p.details).map(field).orElse(null);
    }
}

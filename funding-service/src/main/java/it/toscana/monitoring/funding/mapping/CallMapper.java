package it.toscana.monitoring.funding.mapping;

import java.util.Set;

import it.toscana.monitoring.events.funding.CallState;
import it.toscana.monitoring.events.funding.FundingEvents;
import it.toscana.monitoring.funding.api.CallRequest;
import it.toscana.monitoring.funding.api.CallResponse;
import it.toscana.monitoring.funding.domain.FundingCall;
import it.toscana.monitoring.funding.domain.Source;
import it.toscana.monitoring.platform.rest.Listing;

public final class CallMapper {

    public static final AggregateType<FundingCall> TYPE = new AggregateType<>(FundingCall.class, "call",
            FundingEvents.CALL_UPSERTED, FundingEvents.CALL_DELETED, call -> call.version,
            (call, version) -> new CallState(call.code, call.title, call.target, call.budget, call.opensOn, call.deadline,
                    Source.referenceOf(call.source), version),
            Listing.of(Set.of("code", "deadline", "opensOn", "budget"), "updatedAt", "code"));

    private CallMapper() {
    }

    public static CallResponse toResponse(FundingCall call) {
        return new CallResponse(call.code, call.title, call.target, call.budget, call.opensOn, call.deadline,
                call.deadlinePrinted, call.source, call.version);
    }

    public static void apply(CallRequest request, FundingCall call) {
        call.title = request.title().strip();
        call.target = request.target();
        call.budget = request.budget().setScale(2);
        call.opensOn = request.opensOn();
        call.deadline = request.deadline();
        call.deadlinePrinted = request.deadlinePrinted();
        call.source = request.source();
    }
}

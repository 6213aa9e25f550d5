package it.toscana.monitoring.funding.service;

import java.time.LocalDate;

import it.toscana.monitoring.funding.api.CallRequest;
import it.toscana.monitoring.funding.domain.FundingCall;
import it.toscana.monitoring.funding.mapping.CallMapper;
import it.toscana.monitoring.platform.aggregate.Upserted;
import it.toscana.monitoring.platform.rest.Page;
import it.toscana.monitoring.platform.rest.Conditions;
import it.toscana.monitoring.platform.rest.PageParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class CallService extends KeyedService<FundingCall, String> {

    CallService() {
        super(CallMapper.TYPE);
    }

    @Transactional
    public Upserted<FundingCall> put(String code, CallRequest request, String ifMatch) {
        if (request.opensOn() != null && request.opensOn().isAfter(request.deadline())) {
            throw References.unprocessable("opensOn", "must not be after the deadline " + request.deadline(),
                    "Call " + code + " would open after its deadline.");
        }
        return store.put(CallMapper.TYPE, code, ifMatch, () -> new FundingCall(code),
                call -> CallMapper.apply(request, call));
    }

    /** {@code openOn}: only calls accepting proposals on that date. */
    public Page<FundingCall> list(LocalDate openOn, PageParams page) {
        Conditions where = new Conditions().atMost("opensOn", openOn).atLeast("deadline", openOn);
        return pageWhere(where, page);
    }
}

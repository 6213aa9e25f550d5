package it.toscana.monitoring.funding.service;

import it.toscana.monitoring.events.funding.AllocationState.Section;
import it.toscana.monitoring.funding.api.FundingLineRequest;
import it.toscana.monitoring.funding.domain.Allocation;
import it.toscana.monitoring.funding.domain.DeclaredTotal;
import it.toscana.monitoring.funding.domain.FundingLine;
import it.toscana.monitoring.funding.mapping.FundingLineMapper;
import it.toscana.monitoring.platform.aggregate.Upserted;
import it.toscana.monitoring.platform.problem.ProblemException;
import it.toscana.monitoring.platform.rest.Page;
import it.toscana.monitoring.platform.rest.Conditions;
import it.toscana.monitoring.platform.rest.PageParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class FundingLineService extends KeyedService<FundingLine, String> {

    FundingLineService() {
        super(FundingLineMapper.TYPE);
    }

    @Transactional
    public Upserted<FundingLine> put(String code, FundingLineRequest request, String ifMatch) {
        return store.put(FundingLineMapper.TYPE, code, ifMatch, () -> new FundingLine(code),
                line -> FundingLineMapper.apply(request, line));
    }

    /** A line that allocations or declared totals point at stays. */
    @Override
    @Transactional
    public void delete(String code, String ifMatch) {
        FundingLine line = store.lock(FundingLineMapper.TYPE, code);
        if (Allocation.count("fundingLineCode", code) > 0 || DeclaredTotal.count("fundingLineCode", code) > 0) {
            throw ProblemException.conflict("Funding line " + code + " has allocations or declared totals.");
        }
        store.delete(FundingLineMapper.TYPE, line, ifMatch);
    }

    public Page<FundingLine> list(Section section, PageParams page) {
        return pageWhere(new Conditions().equal("section", section), page);
    }
}

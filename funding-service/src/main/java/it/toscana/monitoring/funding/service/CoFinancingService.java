package it.toscana.monitoring.funding.service;

import java.math.BigDecimal;
import java.util.Objects;

import it.toscana.monitoring.funding.api.CoFinancingRequest;
import it.toscana.monitoring.funding.domain.CoFinancingProject;
import it.toscana.monitoring.funding.mapping.CoFinancingMapper;
import it.toscana.monitoring.platform.aggregate.Upserted;
import it.toscana.monitoring.platform.rest.Page;
import it.toscana.monitoring.platform.rest.Conditions;
import it.toscana.monitoring.platform.rest.PageParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class CoFinancingService extends KeyedService<CoFinancingProject, String> {

    CoFinancingService() {
        super(CoFinancingMapper.TYPE);
    }

    /**
     * The contributions add up to the total investment, or the difference is explained; the decrees
     * add up to the regional own funds they commit.
     */
    @Transactional
    public Upserted<CoFinancingProject> put(String code, CoFinancingRequest request, String ifMatch) {
        CoFinancingProject candidate = new CoFinancingProject(code);
        CoFinancingMapper.apply(request, candidate);
        BigDecimal difference = candidate.difference();
        if (difference.signum() != 0 && (request.differenceExplanation() == null
                || request.differenceExplanation().isBlank())) {
            throw References.unprocessable("contributions", "add up to " + candidate.contributionsTotal()
                    + ", not the total investment " + candidate.totalInvestment,
                    "Contributions differ from the total investment by " + difference
                            + "; correct them or explain the difference in differenceExplanation.");
        }
        CoFinancingProject.RegionalOwnFunds funds = request.regionalOwnFunds();
        if (funds != null && funds.total() != null && funds.decrees() != null && !funds.decrees().isEmpty()) {
            BigDecimal decreed = funds.decrees().stream().map(CoFinancingProject.Decree::amount)
                    .filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (decreed.compareTo(funds.total()) != 0) {
                throw References.unprocessable("regionalOwnFunds.decrees", "add up to " + decreed + ", not "
                        + funds.total(), "The decrees must add up to the regional own funds they commit.");
            }
        }
        return store.put(CoFinancingMapper.TYPE, code, ifMatch, () -> new CoFinancingProject(code),
                project -> CoFinancingMapper.apply(request, project));
    }

    public Page<CoFinancingProject> list(String section, PageParams page) {
        return pageWhere(new Conditions().equal("section", section), page);
    }
}

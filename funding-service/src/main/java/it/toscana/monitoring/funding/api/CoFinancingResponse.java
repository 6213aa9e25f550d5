package it.toscana.monitoring.funding.api;

import java.math.BigDecimal;
import java.util.List;

import it.toscana.monitoring.funding.domain.CoFinancingProject;
import it.toscana.monitoring.funding.domain.Source;
import it.toscana.monitoring.platform.rest.VersionedBody;

/** {@code balanced} is false when the contributions differ from the total; the difference is then explained. */
public record CoFinancingResponse(
        String code,
        String title,
        String section,
        String beneficiary,
        BigDecimal totalInvestment,
        List<CoFinancingProject.Contribution> contributions,
        BigDecimal contributionsTotal,
        BigDecimal difference,
        boolean balanced,
        String differenceExplanation,
        CoFinancingProject.RegionalOwnFunds regionalOwnFunds,
        List<CoFinancingProject.ProceduralStep> proceduralSteps,
        String cnipaCall,
        CoFinancingProject.CnipaDecision cnipaDecision,
        Source contributionsSource,
        List<String> notes,
        Source source,
        long version) implements VersionedBody {
}

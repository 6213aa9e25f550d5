package it.toscana.monitoring.funding.api;

import java.math.BigDecimal;
import java.util.List;

import it.toscana.monitoring.funding.domain.CoFinancingProject;
import it.toscana.monitoring.funding.domain.Money;
import it.toscana.monitoring.funding.domain.Source;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A co-financed APQ project; its code is in the path. When the contributions do not add up to the
 * total investment, {@code differenceExplanation} says why (otherwise the write is refused).
 */
public record CoFinancingRequest(
        @NotBlank @Size(max = 1000) String title,
        @Size(max = 50) String section,
        @Size(max = 500) String beneficiary,
        @NotNull @Money BigDecimal totalInvestment,
        @NotEmpty @Size(max = 50) List<CoFinancingProject.@Valid @NotNull Contribution> contributions,
        @Size(max = 4000) String differenceExplanation,
        CoFinancingProject.@Valid RegionalOwnFunds regionalOwnFunds,
        @Size(max = 200) List<CoFinancingProject.@Valid @NotNull ProceduralStep> proceduralSteps,
        @Size(max = 1000) String cnipaCall,
        CoFinancingProject.@Valid CnipaDecision cnipaDecision,
        @Valid Source contributionsSource,
        @Size(max = 50) List<@NotNull @Size(max = 2000) String> notes,
        @Valid Source source) {
}

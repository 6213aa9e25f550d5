package it.toscana.monitoring.events.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import it.toscana.monitoring.events.SourceReference;
import it.toscana.monitoring.events.Versioned;

/**
 * A project co-financed under the APQ "Società dell'informazione" (e.g. CSTT-ALI, GEOSIGMA):
 * total investment, contribution per source, the decrees committing regional funds and the
 * procedural steps. {@code difference} = total - sum of contributions; when it is not zero the
 * project carries {@code differenceExplanation}.
 */
public record CoFinancingProjectState(
        String code,
        String title,
        String section,
        String beneficiary,
        BigDecimal totalInvestment,
        List<Contribution> contributions,
        BigDecimal contributionsTotal,
        BigDecimal difference,
        String differenceExplanation,
        List<Decree> decrees,
        List<ProceduralStep> proceduralSteps,
        SourceReference source,
        long version) implements Versioned {

    /** {@code amount} null when the act prints no figure (e.g. local bodies "as the decrees specify"). */
    public record Contribution(String source, String label, BigDecimal amount) {
    }

    public record Decree(String act, BigDecimal amount, LocalDate date, String purpose) {
    }

    public record ProceduralStep(String act, String competentBody, boolean issued, LocalDate date) {
    }

    @Override
    public String aggregateId() {
        return code;
    }
}

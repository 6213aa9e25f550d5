package it.toscana.monitoring.funding.mapping;

import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.function.Function;

import it.toscana.monitoring.events.funding.CoFinancingProjectState;
import it.toscana.monitoring.events.funding.FundingEvents;
import it.toscana.monitoring.funding.api.CoFinancingRequest;
import it.toscana.monitoring.funding.api.CoFinancingResponse;
import it.toscana.monitoring.funding.domain.CoFinancingProject;
import it.toscana.monitoring.funding.domain.Source;
import it.toscana.monitoring.platform.rest.Listing;

public final class CoFinancingMapper {

    public static final AggregateType<CoFinancingProject> TYPE = new AggregateType<>(CoFinancingProject.class,
            "co-financing project", FundingEvents.CO_FINANCING_PROJECT_UPSERTED,
            FundingEvents.CO_FINANCING_PROJECT_DELETED, project -> project.version, CoFinancingMapper::toState,
            Listing.of(Set.of("code", "title", "section", "totalInvestment"), "updatedAt", "code"));

    private CoFinancingMapper() {
    }

    public static CoFinancingResponse toResponse(CoFinancingProject p) {
        return new CoFinancingResponse(p.code, p.title, p.section, p.beneficiary, p.totalInvestment, p.contributions,
                p.contributionsTotal(), p.difference(), p.difference().signum() == 0, p.differenceExplanation,
                p.regionalOwnFunds, p.proceduralSteps, detail(p, CoFinancingProject.Details::cnipaCall),
                detail(p, CoFinancingProject.Details::cnipaDecision),
                detail(p, CoFinancingProject.Details::contributionsSource), detail(p, CoFinancingProject.Details::notes),
                p.source, p.version);
    }

    public static CoFinancingProjectState toState(CoFinancingProject p, long version) {
        List<CoFinancingProject.Decree> decrees = p.regionalOwnFunds == null || p.regionalOwnFunds.decrees() == null
                ? List.of() : p.regionalOwnFunds.decrees();
        return new CoFinancingProjectState(p.code, p.title, p.section, p.beneficiary, p.totalInvestment,
                p.contributions.stream()
                        .map(c -> new CoFinancingProjectState.Contribution(c.source(), c.label(), c.amount())).toList(),
                p.contributionsTotal(), p.difference(), p.differenceExplanation,
                decrees.stream().map(d -> new CoFinancingProjectState.Decree(d.act(), d.amount(), d.date(), d.purpose()))
                        .toList(),
                p.proceduralSteps.stream().map(s -> new CoFinancingProjectState.ProceduralStep(s.act(), s.competentBody(),
                        s.issued(), s.date())).toList(),
                Source.referenceOf(p.source), version);
    }

    public static void apply(CoFinancingRequest r, CoFinancingProject p) {
        p.title = r.title().strip();
        p.section = r.section();
        p.beneficiary = r.beneficiary();
        p.totalInvestment = r.totalInvestment().setScale(2);
        p.contributions = r.contributions();
        p.differenceExplanation = r.differenceExplanation();
        p.regionalOwnFunds = r.regionalOwnFunds();
        p.proceduralSteps = r.proceduralSteps() == null ? List.of() : r.proceduralSteps();
        p.details = new CoFinancingProject.Details(r.cnipaCall(), r.cnipaDecision(), r.contributionsSource(), r.notes());
        p.source = r.source();
    }

    private static <T> T detail(CoFinancingProject p, Function<CoFinancingProject.Details, T> field) {
        return Optional.ofNullable(p.details).map(field).orElse(null);
    }
}

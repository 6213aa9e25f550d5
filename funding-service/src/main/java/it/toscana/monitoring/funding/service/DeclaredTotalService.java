package it.toscana.monitoring.funding.service;

import java.util.UUID;

import it.toscana.monitoring.events.funding.DeclaredTotalStateV2.Scope;
import it.toscana.monitoring.funding.api.DeclaredTotalRequest;
import it.toscana.monitoring.funding.domain.DeclaredTotal;
import it.toscana.monitoring.funding.mapping.DeclaredTotalMapper;
import it.toscana.monitoring.platform.aggregate.Upserted;
import it.toscana.monitoring.platform.problem.ProblemException;
import it.toscana.monitoring.platform.rest.Page;
import it.toscana.monitoring.platform.rest.Conditions;
import it.toscana.monitoring.platform.rest.PageParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Printed totals, one per (community, scope, funding line, label); a null community is the region. */
@ApplicationScoped
public class DeclaredTotalService extends KeyedService<DeclaredTotal, UUID> {

    DeclaredTotalService() {
        super(DeclaredTotalMapper.TYPE);
    }

    @Inject
    References references;

    @Transactional
    public DeclaredTotal create(DeclaredTotalRequest request) {
        check(request, null);
        DeclaredTotal total = new DeclaredTotal(UUID.randomUUID());
        DeclaredTotalMapper.apply(request, total);
        return store.write(DeclaredTotalMapper.TYPE, total);
    }

    @Transactional
    public Upserted<DeclaredTotal> put(UUID id, DeclaredTotalRequest request, String ifMatch) {
        check(request, id);
        return store.put(DeclaredTotalMapper.TYPE, id, ifMatch, () -> new DeclaredTotal(id),
                total -> DeclaredTotalMapper.apply(request, total));
    }

    /** {@code region=true}: only the region-wide figures (no community). */
    public Page<DeclaredTotal> list(String communityCode, Scope scope, String fundingLineCode, boolean region,
            PageParams page) {
        Conditions criteria = new Conditions().equal("communityCode", communityCode).equal("scope", scope)
                .equal("fundingLineCode", fundingLineCode).isNull("communityCode", region);
        return pageWhere(criteria, page);
    }

    private void check(DeclaredTotalRequest request, UUID id) {
        request.documentDateAsGiven(); // a date source without its date is a 400 before anything is looked up
        if (request.scope() == Scope.SCHEDA && request.label() == null) {
            // A Scheda page may print several headlines; only the label tells them apart.
            throw ProblemException.invalidField("label", "is required for scope SCHEDA");
        }
        references.check()
                .community("communityCode", request.communityCode())
                .fundingLine("fundingLineCode", request.fundingLineCode())
                .orRefuse();
        Conditions same = new Conditions().sameAs("communityCode", request.communityCode()).equal("scope", request.scope())
                .sameAs("fundingLineCode", request.fundingLineCode()).sameAs("label", request.label()).notEqual("id", id);
        long others = DeclaredTotal.count(same.condition(), same.parameters());
        if (others > 0) {
            throw ProblemException.conflict("A declared total for " + describe(request) + " exists; replace that one.");
        }
    }

    private static String describe(DeclaredTotalRequest request) {
        return (request.communityCode() == null ? "the region" : request.communityCode()) + ", " + request.scope()
                + (request.fundingLineCode() == null ? "" : ", line " + request.fundingLineCode())
                + (request.label() == null ? "" : ", \"" + request.label() + "\"");
    }
}

package it.toscana.monitoring.funding.mapping;

import java.util.Map;

import it.toscana.monitoring.events.funding.DeclaredTotalState;
import it.toscana.monitoring.events.funding.FundingEvents;
import it.toscana.monitoring.funding.domain.DeclaredTotal;
import it.toscana.monitoring.funding.domain.Source;
import it.toscana.monitoring.funding.rest.DeclaredTotalRequest;
import it.toscana.monitoring.funding.rest.DeclaredTotalResponse;
import it.toscana.monitoring.funding.service.AggregateType;

public final class DeclaredTotalMapper {

    public static final AggregateType<DeclaredTotal> TYPE = new AggregateType<>(DeclaredTotal.class, "declared total",
            FundingEvents.DECLARED_TOTAL_UPSERTED, FundingEvents.DECLARED_TOTAL_DELETED, total -> total.version,
            (total, version) -> new DeclaredTotalState(total.id.toString(), total.communityCode, total.scope,
                    total.fundingLineCode, total.amount, Source.referenceOf(total.source), total.note, version),
            Map.of("communityCode", "communityCode", "scope", "scope", "fundingLineCode", "fundingLineCode",
                    "amount", "amount"),
            "id");

    private DeclaredTotalMapper() {
    }

    public static DeclaredTotalResponse toResponse(DeclaredTotal total) {
        return new DeclaredTotalResponse(total.id, total.communityCode, total.scope, total.fundingLineCode, total.amount,
                total.source, total.note, total.version);
    }

    public static void apply(DeclaredTotalRequest request, DeclaredTotal total) {
        total.communityCode = request.communityCode();
        total.scope = request.scope();
        total.fundingLineCode = request.fundingLineCode();
        total.amount = request.amount().setScale(2);
        total.source = request.source();
        total.note = request.note();
    }
}

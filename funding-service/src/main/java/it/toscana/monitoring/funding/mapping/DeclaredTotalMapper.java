package it.toscana.monitoring.funding.mapping;

import java.util.Map;

import it.toscana.monitoring.events.funding.DeclaredTotalStateV2;
import it.toscana.monitoring.events.funding.FundingEvents;
import it.toscana.monitoring.funding.domain.DeclaredTotal;
import it.toscana.monitoring.funding.domain.Source;
import it.toscana.monitoring.funding.rest.DeclaredTotalRequest;
import it.toscana.monitoring.funding.rest.DeclaredTotalResponse;
import it.toscana.monitoring.funding.service.AggregateType;

public final class DeclaredTotalMapper {

    public static final AggregateType<DeclaredTotal> TYPE = new AggregateType<>(DeclaredTotal.class, "declared total",
            FundingEvents.DECLARED_TOTAL_UPSERTED_V2, FundingEvents.DECLARED_TOTAL_DELETED_V2, total -> total.version,
            (total, version) -> new DeclaredTotalStateV2(total.id.toString(), total.communityCode, total.scope,
                    total.label, total.fundingLineCode, total.amount, Source.referenceOf(total.source), total.note, version),
            Map.of("communityCode", "communityCode", "scope", "scope", "label", "label", "fundingLineCode", "fundingLineCode",
                    "amount", "amount"),
            "id");

    private DeclaredTotalMapper() {
    }

    public static DeclaredTotalResponse toResponse(DeclaredTotal total) {
        return new DeclaredTotalResponse(total.id, total.communityCode, total.scope, total.label, total.fundingLineCode, total.amount,
                total.source, total.note, total.version);
    }

    public static void apply(DeclaredTotalRequest request, DeclaredTotal total) {
        total.communityCode = request.communityCode();
        total.scope = request.scope();
        total.label = request.label();
        total.fundingLineCode = request.fundingLineCode();
        total.amount = request.amount().setScale(2);
        total.source = request.source();
        total.note = request.note();
    }
}

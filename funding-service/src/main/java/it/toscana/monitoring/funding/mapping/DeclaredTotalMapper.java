package it.toscana.monitoring.funding.mapping;

import java.util.Set;

import it.toscana.monitoring.events.funding.DeclaredTotalStateV3;
import it.toscana.monitoring.events.funding.FundingEvents;
import it.toscana.monitoring.funding.api.DeclaredTotalRequest;
import it.toscana.monitoring.funding.api.DeclaredTotalResponse;
import it.toscana.monitoring.funding.domain.DeclaredTotal;
import it.toscana.monitoring.funding.domain.Source;
import it.toscana.monitoring.platform.rest.Listing;
import it.toscana.monitoring.platform.time.BusinessDate;

public final class DeclaredTotalMapper {

    public static final AggregateType<DeclaredTotal> TYPE = new AggregateType<>(DeclaredTotal.class, "declared total",
            FundingEvents.DECLARED_TOTAL_UPSERTED_V3, FundingEvents.DECLARED_TOTAL_DELETED_V3, total -> total.version,
            DeclaredTotalMapper::toState,
            Listing.of(Set.of("communityCode", "scope", "label", "fundingLineCode", "amount"), "updatedAt", "id"));

    private DeclaredTotalMapper() {
    }

    public static DeclaredTotalResponse toResponse(DeclaredTotal total) {
        BusinessDate documentDate = total.documentDateAsGiven();
        return new DeclaredTotalResponse(total.id, total.communityCode, total.scope, total.label, total.fundingLineCode, total.amount,
                total.source, total.note, documentDate.resolve(total.createdAt), documentDate.source(), total.version);
    }

    private static DeclaredTotalStateV3 toState(DeclaredTotal total, long version) {
        BusinessDate documentDate = total.documentDateAsGiven();
        return new DeclaredTotalStateV3(total.id.toString(), total.communityCode, total.scope, total.label,
                total.fundingLineCode, total.amount, Source.referenceOf(total.source),
                documentDate.resolve(total.createdAt), documentDate.source(), total.note, version);
    }

    public static void apply(DeclaredTotalRequest request, DeclaredTotal total) {
        BusinessDate documentDate = request.documentDateAsGiven();
        total.communityCode = request.communityCode();
        total.scope = request.scope();
        total.label = request.label();
        total.fundingLineCode = request.fundingLineCode();
        total.amount = request.amount().setScale(2);
        total.source = request.source();
        total.note = request.note();
        total.documentDate = documentDate.date();
        total.documentDateSource = documentDate.source();
    }
}

package it.toscana.monitoring.funding.mapping;

import java.util.Set;

import it.toscana.monitoring.events.funding.FundingEvents;
import it.toscana.monitoring.events.funding.FundingLineState;
import it.toscana.monitoring.funding.api.FundingLineRequest;
import it.toscana.monitoring.funding.api.FundingLineResponse;
import it.toscana.monitoring.funding.domain.FundingLine;
import it.toscana.monitoring.platform.rest.Listing;

public final class FundingLineMapper {

    public static final AggregateType<FundingLine> TYPE = new AggregateType<>(FundingLine.class, "funding line",
            FundingEvents.FUNDING_LINE_UPSERTED, FundingEvents.FUNDING_LINE_DELETED, line -> line.version,
            (line, version) -> new FundingLineState(line.code, line.name, line.description, version),
            Listing.of(Set.of("code", "name", "table1Row", "section"), "updatedAt", "code"));

    private FundingLineMapper() {
    }

    public static FundingLineResponse toResponse(FundingLine line) {
        return new FundingLineResponse(line.code, line.name, line.description, line.inTable1, line.table1Row, line.section,
                line.source, line.version);
    }

    public static void apply(FundingLineRequest request, FundingLine line) {
        line.name = request.name().strip();
        line.description = request.description();
        line.inTable1 = request.inTable1();
        line.table1Row = request.table1Row();
        line.section = request.section();
        line.source = request.source();
    }
}

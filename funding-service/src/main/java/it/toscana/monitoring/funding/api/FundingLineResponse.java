package it.toscana.monitoring.funding.api;

import it.toscana.monitoring.events.funding.AllocationState.Section;
import it.toscana.monitoring.funding.domain.Source;
import it.toscana.monitoring.platform.rest.VersionedBody;

public record FundingLineResponse(String code, String name, String description, boolean inTable1, Integer table1Row,
        Section section, Source source, long version) implements VersionedBody {
}

package it.toscana.monitoring.funding.api;

import java.time.LocalDate;

import it.toscana.monitoring.funding.domain.Source;
import it.toscana.monitoring.platform.rest.VersionedBody;

public record RequirementStatusResponse(String id, String communityCode, String requirementCode, boolean met,
        LocalDate assessedOn, String note, Source source, long version) implements VersionedBody {
}

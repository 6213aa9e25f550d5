package it.toscana.monitoring.funding.api;

import it.toscana.monitoring.funding.domain.Source;
import it.toscana.monitoring.platform.rest.VersionedBody;

public record RequirementResponse(String code, String description, Source source, long version) implements VersionedBody {
}

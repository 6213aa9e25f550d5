package it.toscana.monitoring.funding.rest;

import it.toscana.monitoring.funding.domain.Source;

public record RequirementResponse(String code, String description, Source source, long version) implements Representation {
}

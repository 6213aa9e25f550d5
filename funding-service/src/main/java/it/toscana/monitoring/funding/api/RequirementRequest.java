package it.toscana.monitoring.funding.api;

import it.toscana.monitoring.funding.domain.Source;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A mandatory requirement of a local programme; its code is in the path. */
public record RequirementRequest(@NotBlank @Size(max = 1000) String description, @Valid Source source) {
}

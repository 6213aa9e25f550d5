package it.toscana.monitoring.funding.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An act behind an allocation, e.g. "Deliberazione GR 916/06"; scope PROGRAMME, COMMUNITY or ROW. */
public record LegalAct(@NotBlank @Size(max = 500) String act, @Size(max = 30) String scope, @Size(max = 2000) String note) {
}

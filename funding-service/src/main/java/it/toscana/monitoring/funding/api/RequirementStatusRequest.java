package it.toscana.monitoring.funding.api;

import java.time.LocalDate;

import it.toscana.monitoring.funding.domain.Source;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Whether the community in the path meets the requirement in the path. */
public record RequirementStatusRequest(@NotNull Boolean met, LocalDate assessedOn, @Size(max = 4000) String note,
        @Valid Source source) {
}

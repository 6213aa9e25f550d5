package it.toscana.monitoring.funding.api;

import it.toscana.monitoring.events.funding.AllocationState.Section;
import it.toscana.monitoring.funding.domain.Source;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** A funding line; its code is in the path. {@code section} is where its allocations usually sit. */
public record FundingLineRequest(
        @NotBlank @Size(max = 1000) String name,
        @Size(max = 4000) String description,
        boolean inTable1,
        @Positive Integer table1Row,
        Section section,
        @Valid Source source) {
}

package it.toscana.monitoring.funding.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import it.toscana.monitoring.funding.domain.Money;
import it.toscana.monitoring.funding.domain.Source;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A call for projects; its code is in the path. */
public record CallRequest(
        @NotBlank @Size(max = 2000) String title,
        @Size(max = 500) String target,
        @NotNull @Money BigDecimal budget,
        LocalDate opensOn,
        @NotNull LocalDate deadline,
        @Size(max = 100) String deadlinePrinted,
        @Valid Source source) {
}

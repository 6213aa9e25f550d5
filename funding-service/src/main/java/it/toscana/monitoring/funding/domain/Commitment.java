package it.toscana.monitoring.funding.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An allocation's commitment (impegno): the act committing the money, e.g. "Decreto di impegno 1380/07", its date and amount. */
public record Commitment(@NotBlank @Size(max = 500) String act, LocalDate date, @NotNull @Money BigDecimal amount) {
}

package it.toscana.monitoring.territory.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** One population figure of a municipality. */
public record PopulationRequest(@NotNull LocalDate referenceDate, @NotNull @PositiveOrZero Integer population) {
}

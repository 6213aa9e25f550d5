package it.toscana.monitoring.territory.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A municipality's population on a reference date (e.g. Barga 10,052 on 31/12/2005). */
@Embeddable
public record PopulationFigure(
        @Column(name = "reference_date", nullable = false) LocalDate referenceDate,
        @Column(nullable = false) int population) {
}

package it.toscana.monitoring.events.territory;

import java.time.LocalDate;
import java.util.List;

import it.toscana.monitoring.events.Versioned;

/**
 * Full state of a municipality (Comune), keyed by its 6-digit ISTAT code. {@code population} and
 * {@code populationDate} repeat the latest figure of {@code populationSeries} for consumers that
 * need only that.
 */
public record MunicipalityState(
        String istatCode,
        String name,
        String province,
        Integer population,
        LocalDate populationDate,
        List<PopulationFigure> populationSeries,
        long version) implements Versioned {

    public record PopulationFigure(LocalDate referenceDate, int population) {
    }

    @Override
    public String aggregateId() {
        return istatCode;
    }
}

package it.toscana.monitoring.territory.api;

import it.toscana.monitoring.platform.rest.VersionedBody;

import java.time.LocalDate;
import java.util.List;

/** A municipality; {@code population} and {@code populationDate} repeat the latest figure of the series. */
public record MunicipalityResponse(
        String istatCode,
        String name,
        String province,
        Integer population,
        LocalDate populationDate,
        List<PopulationFigureResponse> populationSeries,
        long version) implements VersionedBody {

    public record PopulationFigureResponse(LocalDate referenceDate, int population) {
    }
}

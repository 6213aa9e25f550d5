package it.toscana.monitoring.territory.mapping;

import java.time.LocalDate;
import java.util.Optional;

import it.toscana.monitoring.events.territory.MunicipalityState;
import it.toscana.monitoring.territory.api.MunicipalityRequest;
import it.toscana.monitoring.territory.api.MunicipalityResponse;
import it.toscana.monitoring.territory.domain.Municipality;
import it.toscana.monitoring.territory.domain.PopulationFigure;

public final class MunicipalityMapper {

    private MunicipalityMapper() {
    }

    public static MunicipalityResponse toResponse(Municipality municipality) {
        Optional<PopulationFigure> latest = municipality.latestPopulation();
        return new MunicipalityResponse(municipality.istatCode, municipality.name, municipality.province,
                latest.map(PopulationFigure::population).orElse(null),
                latest.map(PopulationFigure::referenceDate).orElse(null),
                municipality.populationSeries.stream()
                        .map(figure -> new MunicipalityResponse.PopulationFigureResponse(figure.referenceDate(),
                                figure.population()))
                        .toList(),
                municipality.version);
    }

    /** The current state as a request (latest figure only), for a merge patch to apply onto. */
    public static MunicipalityRequest toRequest(Municipality municipality) {
        Optional<PopulationFigure> latest = municipality.latestPopulation();
        return new MunicipalityRequest(municipality.istatCode, municipality.name, municipality.province,
                latest.map(PopulationFigure::population).orElse(null),
                latest.map(PopulationFigure::referenceDate).orElse(null));
    }

    public static MunicipalityState toState(Municipality municipality) {
        return toState(municipality, municipality.version);
    }

    public static MunicipalityState toState(Municipality municipality, long version) {
        Optional<PopulationFigure> latest = municipality.latestPopulation();
        Integer population = latest.map(PopulationFigure::population).orElse(null);
        LocalDate populationDate = latest.map(PopulationFigure::referenceDate).orElse(null);
        return new MunicipalityState(municipality.istatCode, municipality.name, municipality.province, population,
                populationDate,
                municipality.populationSeries.stream()
                        .map(figure -> new MunicipalityState.PopulationFigure(figure.referenceDate(), figure.population()))
                        .toList(),
                version);
    }
}

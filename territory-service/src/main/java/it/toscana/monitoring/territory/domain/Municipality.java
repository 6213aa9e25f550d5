package it.toscana.monitoring.territory.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;

/** A Comune, keyed by its 6-digit ISTAT code, with its population as a time series. */
@Entity
public class Municipality extends VersionedEntity {

    @Id
    @Column(name = "istat_code")
    public String istatCode;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String province;

    /** Eager because every response and event carries the series; a subselect loads it for a whole page at once. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "municipality_population", joinColumns = @JoinColumn(name = "istat_code"))
    @OrderBy("referenceDate")
    @Fetch(FetchMode.SUBSELECT)
    public List<PopulationFigure> populationSeries = new ArrayList<>();

    /** The figure with the latest reference date, if any. */
    public Optional<PopulationFigure> latestPopulation() {
        return populationSeries.stream().max(Comparator.comparing(PopulationFigure::referenceDate));
    }

    /**
     * Adds a figure, or corrects the one already recorded for that date; figures for other dates stay.
     *
     * @return true when the date is new to the series
     */
    public boolean recordPopulation(LocalDate referenceDate, int population) {
        PopulationFigure figure = new PopulationFigure(referenceDate, population);
        if (populationSeries.contains(figure)) {
            return false; // touching the collection would make a new version of an unchanged municipality
        }
        boolean corrected = populationSeries.removeIf(earlier -> earlier.referenceDate().equals(referenceDate));
        populationSeries.add(figure);
        populationSeries.sort(Comparator.comparing(PopulationFigure::referenceDate));
        return !corrected;
    }
}

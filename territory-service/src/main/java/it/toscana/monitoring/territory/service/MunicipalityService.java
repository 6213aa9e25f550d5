package it.toscana.monitoring.territory.service;

import java.util.Set;

import it.toscana.monitoring.platform.aggregate.AggregateWriter;
import it.toscana.monitoring.platform.aggregate.Upserted;
import it.toscana.monitoring.platform.problem.ProblemException;
import it.toscana.monitoring.platform.rest.Etags;
import it.toscana.monitoring.platform.rest.Page;
import it.toscana.monitoring.platform.rest.Conditions;
import it.toscana.monitoring.platform.rest.Listing;
import it.toscana.monitoring.platform.rest.PageParams;
import it.toscana.monitoring.territory.api.MunicipalityRequest;
import it.toscana.monitoring.territory.api.PopulationRequest;
import it.toscana.monitoring.territory.domain.Membership;
import it.toscana.monitoring.territory.domain.Municipality;
import it.toscana.monitoring.territory.domain.Place;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class MunicipalityService {

    private static final Listing LISTING = Listing.of(Set.of("istatCode", "name", "province"), "updatedAt", "istatCode");

    @Inject
    AggregateWriter writer;

    @Inject
    EntityManager entityManager;

    public Page<Municipality> list(String province, String nameContains, PageParams page) {
        Conditions where = new Conditions()
                .and("province = :province", "province", province)
                .contains("name", nameContains);
        return LISTING.page(entityManager, Municipality.class, where, page);
    }

    public Municipality get(String istatCode) {
        return find(istatCode, LockModeType.NONE);
    }

    /**
     * The municipality a write points at, locked with {@code lock}: FOR SHARE keeps it from being deleted
     * before the writer commits; FOR UPDATE also serialises writers that check its memberships.
     */
    Municipality referenced(String istatCode, LockModeType lock) {
        return Municipality.<Municipality>findByIdOptional(istatCode, lock)
                .orElseThrow(() -> Refusals.unknownReference("istatCode", "No municipality with ISTAT code " + istatCode + "."));
    }

    @Transactional
    public Municipality create(MunicipalityRequest request) {
        if (Municipality.findById(request.istatCode()) != null) {
            throw ProblemException.conflict("Municipality " + request.istatCode() + " already exists.");
        }
        return write(newMunicipality(request.istatCode()), request);
    }

    /** PUT and bulk: replaces name and province (adding the population figure, if any), or creates the municipality. */
    @Transactional
    public Upserted<Municipality> replace(String istatCode, MunicipalityRequest request, String ifMatch) {
        Refusals.requireSameKey("istatCode", istatCode, request.istatCode());
        return writer.put(TerritoryAggregates.MUNICIPALITY, istatCode,
                Municipality.findById(istatCode, LockModeType.PESSIMISTIC_WRITE), ifMatch, () -> newMunicipality(istatCode),
                municipality -> write(municipality, request));
    }

    /** Merge patch: the patched request replaces an existing municipality. */
    @Transactional
    public Municipality update(String istatCode, MunicipalityRequest request, String ifMatch) {
        Refusals.requireSameKey("istatCode", istatCode, request.istatCode());
        return writer.replace(TerritoryAggregates.MUNICIPALITY, find(istatCode, LockModeType.PESSIMISTIC_WRITE), ifMatch,
                municipality -> write(municipality, request));
    }

    /**
     * Adds a population figure; figures of other dates are kept.
     *
     * @return created true when the date is new to the series, false when its figure was corrected
     */
    @Transactional
    public Upserted<Municipality> recordPopulation(String istatCode, PopulationRequest figure, String ifMatch) {
        Municipality municipality = find(istatCode, LockModeType.PESSIMISTIC_WRITE);
        Etags.checkIfMatch(ifMatch, municipality.version);
        boolean added = municipality.recordPopulation(figure.referenceDate(), figure.population());
        return new Upserted<>(writer.save(TerritoryAggregates.MUNICIPALITY, municipality),
                added);
    }

    /** Refused while memberships or places point at the municipality. */
    @Transactional
    public void delete(String istatCode, String ifMatch) {
        Municipality municipality = find(istatCode, LockModeType.PESSIMISTIC_WRITE);
        Etags.checkIfMatch(ifMatch, municipality.version);
        long memberships = Membership.count("istatCode", istatCode);
        long places = Place.count("istatCode", istatCode);
        if (memberships + places > 0) {
            throw ProblemException.conflict("Municipality " + istatCode + " still has " + memberships
                    + " membership(s) and " + places + " place(s); delete them first.");
        }
        writer.delete(TerritoryAggregates.MUNICIPALITY, municipality, ifMatch);
    }

    private static Municipality newMunicipality(String istatCode) {
        Municipality municipality = new Municipality();
        municipality.istatCode = istatCode;
        return municipality;
    }

    private Municipality write(Municipality municipality, MunicipalityRequest request) {
        boolean hasPopulation = request.population() != null;
        boolean hasDate = request.populationDate() != null;
        if (hasPopulation != hasDate) {
            throw hasPopulation ? ProblemException.invalidField("populationDate", "is needed with population")
                    : ProblemException.invalidField("population", "is needed with populationDate");
        }
        municipality.name = request.name().strip();
        municipality.province = request.province();
        if (hasPopulation) {
            municipality.recordPopulation(request.populationDate(), request.population());
        }
        return writer.save(TerritoryAggregates.MUNICIPALITY, municipality);
    }

    private static Municipality find(String istatCode, LockModeType lock) {
        return Municipality.<Municipality>findByIdOptional(istatCode, lock)
                .orElseThrow(() -> ProblemException.notFound("No municipality with ISTAT code " + istatCode + "."));
    }
}

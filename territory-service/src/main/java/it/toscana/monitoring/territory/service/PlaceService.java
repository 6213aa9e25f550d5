package it.toscana.monitoring.territory.service;

import java.util.Set;
import java.util.UUID;

import it.toscana.monitoring.events.territory.PlaceState.PlaceKind;
import it.toscana.monitoring.platform.aggregate.AggregateWriter;
import it.toscana.monitoring.platform.problem.ProblemException;
import it.toscana.monitoring.platform.rest.Page;
import it.toscana.monitoring.platform.rest.Conditions;
import it.toscana.monitoring.platform.rest.Listing;
import it.toscana.monitoring.platform.rest.PageParams;
import it.toscana.monitoring.territory.api.PlaceRequest;
import it.toscana.monitoring.territory.domain.Place;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class PlaceService {

    private static final Listing LISTING = Listing.of(Set.of("id", "name", "kind", "istatCode"), "updatedAt", "id");

    @Inject
    AggregateWriter writer;

    @Inject
    EntityManager entityManager;

    @Inject
    MunicipalityService municipalities;

    public Page<Place> list(PlaceKind kind, String istatCode, String nameContains, PageParams page) {
        Conditions where = new Conditions()
                .and("kind = :kind", "kind", kind)
                .and("istatCode = :istatCode", "istatCode", istatCode)
                .contains("name", nameContains);
        return LISTING.page(entityManager, Place.class, where, page);
    }

    public Place get(UUID id) {
        return find(id, LockModeType.NONE);
    }

    @Transactional
    public Place create(PlaceRequest request) {
        Place place = new Place();
        place.id = UUID.randomUUID();
        return write(place, request);
    }

    /** PUT and merge patch: replaces an existing place (ids are generated, so PUT does not create). */
    @Transactional
    public Place replace(UUID id, PlaceRequest request, String ifMatch) {
        return writer.replace(TerritoryAggregates.PLACE, find(id, LockModeType.PESSIMISTIC_WRITE), ifMatch,
                place -> write(place, request));
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Place place = find(id, LockModeType.PESSIMISTIC_WRITE);
        writer.delete(TerritoryAggregates.PLACE, place, ifMatch);
    }

    private Place write(Place place, PlaceRequest request) {
        municipalities.referenced(request.istatCode(), LockModeType.PESSIMISTIC_READ);
        place.kind = request.kind();
        place.name = request.name().strip();
        place.istatCode = request.istatCode();
        place.address = Texts.blankToNull(request.address());
        return writer.save(TerritoryAggregates.PLACE, place);
    }

    private static Place find(UUID id, LockModeType lock) {
        return Place.<Place>findByIdOptional(id, lock)
                .orElseThrow(() -> ProblemException.notFound("No place with id " + id + "."));
    }
}

package it.toscana.monitoring.deployment.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.quarkus.panache.common.Parameters;
import it.toscana.monitoring.deployment.domain.BroadbandHistory;
import it.toscana.monitoring.platform.problem.ProblemException;
import it.toscana.monitoring.platform.rest.Conditions;
import it.toscana.monitoring.platform.rest.Listing;
import it.toscana.monitoring.platform.rest.Page;
import it.toscana.monitoring.platform.rest.PageParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Municipalities' broadband facts on both time axes, read from their versions as served
 * ({@link BroadbandHistory}). {@code knownAt} (recording time) keeps the versions recorded by then;
 * {@code asOf} (business time) keeps those holding on that date: a version holds from its {@code since} until
 * a later recorded version holds, so a correction recorded later with the same or an earlier {@code since}
 * supersedes it. On a date the answer is therefore the latest recorded version whose {@code since} is on or
 * before it; a deletion withdraws the record at every date. Either axis may be null: no limit on it.
 */
@ApplicationScoped
public class BroadbandTimeline {

    /** The served version's last change; the JSON text as an instant, which sorts as one. */
    private static final String UPDATED_AT = "(v.fields ->> 'updatedAt')::timestamptz";

    /** The versions sort by their values as the live collection does by its columns; one per municipality. */
    private static final Listing LISTING = Listing.of(BroadbandService.KIND.sortable().stream()
            .collect(Collectors.toMap(Function.identity(), BroadbandTimeline::sortExpression)), UPDATED_AT,
            "v.istat_code");

    @Inject
    EntityManager entityManager;

    @Inject
    Locations locations;

    /** Every version, oldest recorded first, among those recorded by {@code knownAt} and holding by {@code asOf}. */
    public List<BroadbandHistory> history(String istatCode, LocalDate asOf, Instant knownAt) {
        if (BroadbandHistory.count("istatCode", istatCode) == 0) {
            throw ProblemException.notFound("No broadband record for municipality " + istatCode + ".");
        }
        Parameters parameters = Parameters.with("istatCode", istatCode);
        return BroadbandHistory.list("istatCode = :istatCode" + axes(asOf, knownAt, parameters) + " order by seq",
                parameters);
    }

    /** The version that answers for the municipality on that date as recorded by then; 404 when none does. */
    public BroadbandHistory at(String istatCode, LocalDate asOf, Instant knownAt) {
        Parameters parameters = Parameters.with("istatCode", istatCode);
        BroadbandHistory version = BroadbandHistory.<BroadbandHistory>find("istatCode = :istatCode"
                + axes(asOf, knownAt, parameters) + " order by seq desc", parameters).firstResult();
        if (version == null || version.deleted) {
            throw ProblemException.notFound("No broadband record for municipality " + istatCode
                    + (asOf == null ? "" : " on " + asOf) + (knownAt == null ? "" : " as recorded by " + knownAt) + ".");
        }
        return version;
    }

    /**
     * One page of the versions that answer, one per municipality that has one, as served then (JSON text);
     * filtered and sorted like the live collection, by the values of those versions.
     */
    public Page<String> page(FactFilter filter, LocalDate asOf, Instant knownAt, PageParams page) {
        String answering = "SELECT DISTINCT ON (istat_code) istat_code, deleted, state, state::jsonb AS fields"
                + " FROM broadband_history WHERE true"
                + (knownAt == null ? "" : " AND recorded_at <= :knownAt")
                + (asOf == null ? "" : " AND (deleted OR since <= :asOf)")
                + " ORDER BY istat_code, seq DESC";
        Conditions where = locations.located(filter, "v.fields ->> 'communityCode'", "v.istat_code")
                .and("NOT v.deleted");
        if (knownAt != null) {
            where.parameter("knownAt", knownAt);
        }
        if (asOf != null) {
            where.parameter("asOf", asOf);
        }
        if (filter.status() != null) {
            where.and("v.fields ->> '" + BroadbandService.KIND.statusField() + "' = :status", "status",
                    RolloutFactService.statusValue(BroadbandService.KIND, filter.status()).toString());
        }
        return LISTING.nativePage(entityManager, "SELECT v.state", " FROM (" + answering + ") v", where, page)
                .map(String.class::cast);
    }

    /** A JSON value sorts by its type's order (numbers as numbers); an instant as text would not. */
    private static String sortExpression(String field) {
        return "updatedAt".equals(field) ? UPDATED_AT : "(v.fields -> '" + field + "')";
    }

    private static String axes(LocalDate asOf, Instant knownAt, Parameters parameters) {
        StringBuilder clauses = new StringBuilder();
        if (knownAt != null) {
            clauses.append(" and recordedAt <= :knownAt");
            parameters.and("knownAt", knownAt);
        }
        if (asOf != null) {
            clauses.append(" and (deleted = true or since <= :asOf)");
            parameters.and("asOf", asOf);
        }
        return clauses.toString();
    }
}

package it.toscana.monitoring.deployment.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import it.toscana.monitoring.deployment.domain.PaasPoint;
import it.toscana.monitoring.deployment.domain.PaasStatusChange;
import it.toscana.monitoring.deployment.domain.PaasUsageReport;
import it.toscana.monitoring.platform.problem.ProblemException;
import it.toscana.monitoring.platform.rest.Conditions;
import it.toscana.monitoring.platform.rest.Listing;
import it.toscana.monitoring.platform.rest.Page;
import it.toscana.monitoring.platform.rest.PageParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * PAAS points on both time axes: the status and cumulative usage a point had on a date ({@code asOf},
 * business time: the status whose since and the report whose period end is the latest on or before it) as
 * recorded by a moment ({@code knownAt}, recording time: only status changes and report revisions recorded by
 * then, and only points recorded by then). Either may be null: no limit on that axis. The point's descriptive
 * fields are its current ones.
 */
@ApplicationScoped
public class PaasTimeline {

    /** A point with the status and the usage report that held then (empty when none did). */
    public record AsOf(PaasPoint point, Optional<PaasUsageReport> usage, Optional<PaasStatusChange> status) {
    }

    private static final String FROM = """
             FROM paas_point p
             LEFT JOIN LATERAL (SELECT c.seq, c.status FROM paas_status_change c
                                WHERE c.point_id = p.id %1$s%2$s
                                ORDER BY c.since DESC, c.seq DESC LIMIT 1) s ON true
             LEFT JOIN LATERAL (SELECT r.seq, r.registered_users, r.accesses, r.period_end FROM paas_usage_report r
                                WHERE r.point_id = p.id %3$s%4$s
                                ORDER BY r.period_end DESC, r.seq DESC LIMIT 1) u ON true
            """;

    private static final String SELECT = "SELECT p.id, s.seq AS status_seq, u.seq AS usage_seq";

    /** The live collection's sortable fields, over the status and usage that held then. */
    private static final Listing LISTING = Listing.of(Map.of("communityCode", "p.community_code",
            "istatCode", "p.istat_code", "status", "s.status", "updatedAt", "p.updated_at", "name", "p.name",
            "siteType", "p.site_type", "registeredUsers", "coalesce(u.registered_users, 0)",
            "accesses", "coalesce(u.accesses, 0)", "reportedUntil", "u.period_end"), "p.updated_at", "p.id");

    @Inject
    EntityManager entityManager;

    @Inject
    Locations locations;

    public AsOf one(String id, LocalDate asOf, Instant knownAt) {
        Conditions where = axes(new Conditions(), asOf, knownAt).and("p.id = :id", "id", id);
        @SuppressWarnings("unchecked")
        List<Object> row = where.bind(entityManager.createNativeQuery(SELECT + from(asOf, knownAt) + where.where()))
                .getResultList();
        List<AsOf> found = load(row);
        if (found.isEmpty()) {
            throw ProblemException.notFound("No PAAS point with id " + id
                    + (knownAt == null ? "" : " was recorded by " + knownAt) + ".");
        }
        return found.get(0);
    }

    /** The collection's filters; {@code status} is the status the point had then. */
    public Page<AsOf> page(FactFilter filter, LocalDate asOf, Instant knownAt, PageParams page) {
        Conditions where = axes(locations.located(filter, "p.community_code", "p.istat_code"), asOf, knownAt);
        if (filter.status() != null) {
            where.and("s.status = :status", "status",
                    RolloutFactService.statusValue(PaasPointService.KIND, filter.status()).toString());
        }
        Page<Object> rows = LISTING.nativePage(entityManager, SELECT, from(asOf, knownAt), where, page);
        return new Page<>(load(rows.items()), rows.page(), rows.size(), rows.total());
    }

    /** The points, statuses and reports the rows name, each kind read in one query. */
    private static List<AsOf> load(List<Object> found) {
        List<Object[]> rows = found.stream().map(Object[].class::cast).toList();
        Map<String, PaasPoint> points = byKey(keys(rows, 0, String.class), ids -> PaasPoint.list("id in ?1", ids),
                point -> point.id);
        Map<Long, PaasStatusChange> statuses = byKey(keys(rows, 1, Long.class),
                seqs -> PaasStatusChange.list("seq in ?1", seqs), change -> change.seq);
        Map<Long, PaasUsageReport> reports = byKey(keys(rows, 2, Long.class),
                seqs -> PaasUsageReport.list("seq in ?1", seqs), report -> report.seq);
        return rows.stream().map(row -> new AsOf(points.get((String) row[0]),
                Optional.ofNullable(row[2]).map(reports::get), Optional.ofNullable(row[1]).map(statuses::get))).toList();
    }

    private static String from(LocalDate asOf, Instant knownAt) {
        return FROM.formatted(asOf == null ? "" : " AND c.since <= :asOf",
                knownAt == null ? "" : " AND c.recorded_at <= :knownAt",
                asOf == null ? "" : " AND r.period_end <= :asOf",
                knownAt == null ? "" : " AND r.recorded_at <= :knownAt");
    }

    /** Only points recorded by then; the parameters the lateral joins name. */
    private static Conditions axes(Conditions where, LocalDate asOf, Instant knownAt) {
        if (asOf != null) {
            where.parameter("asOf", asOf);
        }
        if (knownAt != null) {
            where.and("p.created_at <= :knownAt", "knownAt", knownAt);
        }
        return where;
    }

    private static <K> List<K> keys(List<Object[]> rows, int column, Class<K> type) {
        return rows.stream().map(row -> row[column]).filter(Objects::nonNull).map(type::cast).distinct().toList();
    }

    private static <K, V> Map<K, V> byKey(List<K> keys, Function<List<K>, List<V>> load, Function<V, K> key) {
        return keys.isEmpty() ? Map.of() : load.apply(keys).stream().collect(Collectors.toMap(key, Function.identity()));
    }
}

package it.toscana.monitoring.gateway.totals;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import it.toscana.monitoring.gateway.projection.Cell;
import it.toscana.monitoring.gateway.projection.Family;
import it.toscana.monitoring.gateway.projection.Measure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * Reads total cells at a point of both time axes: the maintained current cells, the sum of the business
 * days up to a date, or the sum of the changes recorded by an instant. Each sums maintained rows (a few
 * per cell and day or second), never the aggregates behind them.
 */
@ApplicationScoped
public class TotalCells {

    static final String KEY = "community_code, family, section, period, line, category, istat_code, status, measure";

    @Inject
    EntityManager entityManager;

    /** @param community null for every community */
    public List<CellValue> read(String community, LocalDate asOf, Instant knownAt) {
        List<String> where = new ArrayList<>();
        if (community != null) {
            where.add("community_code = :community");
        }
        String sql;
        if (asOf == null && knownAt == null) {
            where.add("value <> 0");
            sql = "SELECT " + KEY + ", value FROM total_cell WHERE " + String.join(" AND ", where);
        } else {
            if (asOf != null) {
                where.add("effective_on <= :asOf");
            }
            if (knownAt != null) {
                where.add("recorded_at <= :knownAt");
            }
            sql = "SELECT " + KEY + ", sum(value) FROM " + (knownAt == null ? "cell_day" : "cell_revision")
                    + " WHERE " + String.join(" AND ", where) + " GROUP BY " + KEY + " HAVING sum(value) <> 0";
        }
        Query query = entityManager.createNativeQuery(sql);
        bind(query, community, asOf, knownAt);
        return ((List<?>) query.getResultList()).stream().map(row -> toCell((Object[]) row)).toList();
    }

    /**
     * When the figures of a community (or of anything, for null) last changed, by recording time, as known
     * at {@code knownAt} (null: now).
     */
    public Instant lastChanged(String community, Instant knownAt) {
        String contributions = knownAt == null ? "SELECT last_event_time AS t FROM community_activity"
                : "SELECT recorded_at AS t FROM cell_revision";
        String communities = "SELECT last_event_time FROM replica_community";
        String declared = "SELECT greatest(recorded_from, coalesce(recorded_to, recorded_from)) FROM declared_total";
        if (community != null) {
            contributions += " WHERE community_code = :community";
            communities += " WHERE code = :community";
            declared += " WHERE community_code = :community";
        }
        Query query = entityManager.createNativeQuery("SELECT max(t) FROM (" + contributions + " UNION ALL " + communities
                + " UNION ALL " + declared + ") AS changes" + (knownAt == null ? "" : " WHERE t <= :knownAt"));
        bind(query, community, null, knownAt);
        Object result = query.getSingleResult();
        return result instanceof OffsetDateTime time ? time.toInstant() : (Instant) result;
    }

    static void bind(Query query, String community, LocalDate asOf, Instant knownAt) {
        if (community != null) {
            query.setParameter("community", community);
        }
        if (asOf != null) {
            query.setParameter("asOf", Date.valueOf(asOf));
        }
        if (knownAt != null) {
            query.setParameter("knownAt", knownAt.atOffset(ZoneOffset.UTC));
        }
    }

    private static CellValue toCell(Object[] row) {
        Cell cell = new Cell((String) row[0], Family.valueOf((String) row[1]), (String) row[2], (String) row[3],
                (String) row[4], (String) row[5], (String) row[6], (String) row[7], Measure.valueOf((String) row[8]));
        return new CellValue(cell, (BigDecimal) row[9]);
    }
}

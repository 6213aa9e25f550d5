package it.toscana.monitoring.gateway.totals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import it.toscana.monitoring.gateway.projection.Cell;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/** Reads total cells: the maintained ones, or the sum of the contributions valid at an instant. */
@ApplicationScoped
public class TotalCells {

    private static final String COLUMNS = "family, section, period, line, category, istat_code, status, measure";

    private static final String AS_OF = """
            SELECT c.community_code, x.family, x.section, x.period, x.line, x.category, x."istatCode", x.status, x.measure,
                   sum(x.value)
            FROM contribution c
            CROSS JOIN LATERAL jsonb_to_recordset(c.cells) AS x(family text, section text, period text, line text,
                 category text, "istatCode" text, status text, measure text, value numeric)
            WHERE c.valid_from < :at AND (c.valid_to IS NULL OR c.valid_to >= :at) %s
            GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9""";

    @Inject
    EntityManager entityManager;

    /** @param community null for every community; @param asOf null for the current totals */
    public List<CellRow> read(String community, Instant asOf) {
        String communityFilter = community == null ? "" : " AND c.community_code = :community";
        Query query = asOf == null
                ? entityManager.createNativeQuery("SELECT community_code, " + COLUMNS
                        + ", value FROM total_cell c WHERE value <> 0" + communityFilter)
                : entityManager.createNativeQuery(AS_OF.formatted(communityFilter)).setParameter("at", utc(asOf));
        if (community != null) {
            query.setParameter("community", community);
        }
        return ((List<?>) query.getResultList()).stream().map(row -> toCell((Object[]) row)).toList();
    }

    /**
     * When the figures of a community (or of anything, for null) were last changed, by event time:
     * from the maintained activity row, or from the contribution history for an as-of read.
     */
    public Instant lastChanged(String community, Instant asOf) {
        String contributions = asOf == null ? "SELECT last_event_time AS t FROM community_activity"
                : "SELECT greatest(valid_from, coalesce(valid_to, valid_from)) AS t FROM contribution";
        String communities = "SELECT last_event_time FROM replica_community";
        String declared = "SELECT last_event_time FROM declared_total";
        if (community != null) {
            contributions += " WHERE community_code = :community";
            communities += " WHERE code = :community";
            declared += " WHERE community_code = :community";
        }
        Query query = entityManager.createNativeQuery("SELECT max(t) FROM (" + contributions + " UNION ALL " + communities
                + " UNION ALL " + declared + ") AS changes" + (asOf == null ? "" : " WHERE t < :at"));
        if (community != null) {
            query.setParameter("community", community);
        }
        if (asOf != null) {
            query.setParameter("at", utc(asOf));
        }
        Object result = query.getSingleResult();
        return result instanceof OffsetDateTime time ? time.toInstant() : (Instant) result;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static CellRow toCell(Object[] row) {
        Cell cell = new Cell((String) row[1], (String) row[2], (String) row[3], (String) row[4], (String) row[5],
                (String) row[6], (String) row[7], (String) row[8], (BigDecimal) row[9]);
        return new CellRow((String) row[0], cell);
    }
}

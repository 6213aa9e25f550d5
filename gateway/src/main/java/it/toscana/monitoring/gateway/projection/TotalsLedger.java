package it.toscana.monitoring.gateway.projection;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;

import it.toscana.monitoring.events.EventJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Keeps total_cell equal to the sum of every aggregate's current contribution: on each new
 * version it subtracts the stored contribution, adds the new one and keeps the old one as
 * history (for as-of reads). A move to another community is a subtract there and an add here;
 * a delete only subtracts. Runs in the consumer's transaction, after the dedupe check.
 */
@ApplicationScoped
public class TotalsLedger {

    private static final TypeReference<List<Cell>> CELLS = new TypeReference<>() {
    };

    @Inject
    EntityManager entityManager;

    /** @return the communities whose totals changed */
    public List<String> replace(String aggregateType, String aggregateId, Instant at, Contribution next) {
        List<String> touched = new ArrayList<>(2);
        List<?> current = entityManager.createNativeQuery("""
                SELECT id, community_code, cells FROM contribution
                WHERE aggregate_type = ?1 AND aggregate_id = ?2 AND valid_to IS NULL""")
                .setParameter(1, aggregateType).setParameter(2, aggregateId)
                .getResultList();
        for (Object row : current) {
            Object[] columns = (Object[]) row;
            String community = (String) columns[1];
            read(columns[2].toString()).forEach(cell -> add(community, cell.negated()));
            entityManager.createNativeQuery("UPDATE contribution SET valid_to = ?2 WHERE id = ?1")
                    .setParameter(1, columns[0]).setParameter(2, utc(at))
                    .executeUpdate();
            touched.add(community);
        }
        if (next != null) {
            next.cells().forEach(cell -> add(next.communityCode(), cell));
            entityManager.createNativeQuery("""
                    INSERT INTO contribution (aggregate_type, aggregate_id, community_code, valid_from, cells)
                    VALUES (?1, ?2, ?3, ?4, CAST(?5 AS jsonb))""")
                    .setParameter(1, aggregateType).setParameter(2, aggregateId)
                    .setParameter(3, next.communityCode()).setParameter(4, utc(at))
                    .setParameter(5, write(next.cells()))
                    .executeUpdate();
            if (!touched.contains(next.communityCode())) {
                touched.add(next.communityCode());
            }
        }
        touched.forEach(community -> entityManager.createNativeQuery("""
                INSERT INTO community_activity (community_code, last_event_time) VALUES (?1, ?2)
                ON CONFLICT (community_code) DO UPDATE
                SET last_event_time = greatest(community_activity.last_event_time, EXCLUDED.last_event_time)""")
                .setParameter(1, community).setParameter(2, utc(at))
                .executeUpdate());
        return touched;
    }

    public void reset() {
        entityManager.createNativeQuery("TRUNCATE total_cell, contribution, community_activity").executeUpdate();
    }

    private void add(String community, Cell cell) {
        entityManager.createNativeQuery("""
                INSERT INTO total_cell (community_code, family, section, period, line, category, istat_code, status, measure, value)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                ON CONFLICT (community_code, family, section, period, line, category, istat_code, status, measure)
                DO UPDATE SET value = total_cell.value + EXCLUDED.value""")
                .setParameter(1, community).setParameter(2, cell.family()).setParameter(3, cell.section())
                .setParameter(4, cell.period()).setParameter(5, cell.line()).setParameter(6, cell.category())
                .setParameter(7, cell.istatCode()).setParameter(8, cell.status()).setParameter(9, cell.measure())
                .setParameter(10, cell.value())
                .executeUpdate();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static List<Cell> read(String json) {
        try {
            return EventJson.mapper().readValue(json, CELLS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored contribution is not readable", e);
        }
    }

    private static String write(List<Cell> cells) {
        try {
            return EventJson.mapper().writeValueAsString(cells);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

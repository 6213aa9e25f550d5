package it.toscana.monitoring.gateway.projection;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;


import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;

import it.toscana.monitoring.events.EventJson;
import it.toscana.monitoring.gateway.projection.TotalsLedger.AggregateKey;
import it.toscana.monitoring.gateway.projection.TotalsLedger.DayKey;
import it.toscana.monitoring.gateway.projection.TotalsLedger.RevisionKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The ledger's reads and writes, set at a time: one query for a batch's segments, multi-row upserts for
 * the cells (adding to what is there), in the caller's transaction.
 */
@ApplicationScoped
class LedgerStore {

    private static final String CELL = "community_code, family, section, period, line, category, istat_code, status, measure";
    private static final TypeReference<List<Segment>> SEGMENTS = new TypeReference<>() {
    };

    @Inject
    EntityManager entityManager;

    @Inject
    BatchSql sql;

    Map<AggregateKey, List<Segment>> segments(Collection<AggregateKey> aggregates) {
        Map<AggregateKey, List<Segment>> found = new HashMap<>();
        sql.selectByPairs("""
                SELECT c.aggregate_type, c.aggregate_id, c.segments FROM contribution c
                JOIN unnest(?::text[], ?::text[]) AS k(type, id) ON c.aggregate_type = k.type AND c.aggregate_id = k.id""",
                aggregates, AggregateKey::type, AggregateKey::id,
                row -> found.put(new AggregateKey(row.getString(1), row.getString(2)), read(row.getString(3))));
        return found;
    }

    void writeTotals(Map<Cell, BigDecimal> changes) {
        upsert("total_cell", CELL + ", value", 10, "(" + CELL + ")", changes, (statement, change, at) -> {
            int next = cell(statement, at, change.getKey());
            statement.setBigDecimal(next, change.getValue());
        });
    }

    void writeDays(Map<DayKey, BigDecimal> changes) {
        upsert("cell_day", CELL + ", effective_on, value", 11, "(" + CELL + ", effective_on)", changes,
                (statement, change, at) -> {
                    int next = cell(statement, at, change.getKey().cell());
                    statement.setDate(next, Date.valueOf(change.getKey().day()));
                    statement.setBigDecimal(next + 1, change.getValue());
                });
    }

    void writeRevisions(Map<RevisionKey, BigDecimal> changes) {
        upsert("cell_revision", CELL + ", effective_on, recorded_at, value", 12,
                "(" + CELL + ", effective_on, recorded_at)", changes, (statement, change, at) -> {
                    int next = cell(statement, at, change.getKey().cell());
                    statement.setDate(next, Date.valueOf(change.getKey().day()));
                    statement.setTimestamp(next + 1, Timestamp.from(change.getKey().recordedAt()));
                    statement.setBigDecimal(next + 2, change.getValue());
                });
    }

    /** The aggregates' new segments; an aggregate left with none (deleted) leaves no row. */
    void writeSegments(Map<AggregateKey, List<Segment>> changes) {
        Map<AggregateKey, List<Segment>> kept = new HashMap<>();
        List<AggregateKey> gone = new ArrayList<>();
        changes.forEach((key, value) -> {
            if (value.isEmpty()) {
                gone.add(key);
            } else {
                kept.put(key, value);
            }
        });
        sql.rows("INSERT INTO contribution (aggregate_type, aggregate_id, segments) VALUES ",
                "(?, ?, ?)",
                " ON CONFLICT (aggregate_type, aggregate_id) DO UPDATE SET segments = EXCLUDED.segments",
                kept.entrySet(), (statement, change, at) -> {
                    statement.setString(at, change.getKey().type());
                    statement.setString(at + 1, change.getKey().id());
                    statement.setString(at + 2, write(change.getValue()));
                });
        if (!gone.isEmpty()) {
            sql.jdbc(connection -> {
                try (PreparedStatement delete = BatchSql.plannedEachTime(connection.prepareStatement("""
                        DELETE FROM contribution c USING unnest(?::text[], ?::text[]) AS k(type, id)
                        WHERE c.aggregate_type = k.type AND c.aggregate_id = k.id"""))) {
                    delete.setArray(1, connection.createArrayOf("text", gone.stream().map(AggregateKey::type).toArray()));
                    delete.setArray(2, connection.createArrayOf("text", gone.stream().map(AggregateKey::id).toArray()));
                    delete.executeUpdate();
                }
            });
        }
    }

    void writeActivity(Map<String, Instant> lastEventTimes) {
        sql.rows("INSERT INTO community_activity (community_code, last_event_time) VALUES ", "(?, ?)", """
                 ON CONFLICT (community_code) DO UPDATE
                SET last_event_time = greatest(community_activity.last_event_time, EXCLUDED.last_event_time)""",
                lastEventTimes.entrySet(), (statement, change, at) -> {
                    statement.setString(at, change.getKey());
                    statement.setTimestamp(at + 1, Timestamp.from(change.getValue()));
                });
    }

    void truncate() {
        entityManager.createNativeQuery("TRUNCATE total_cell, cell_day, cell_revision, contribution, community_activity")
                .executeUpdate();
    }

    /** Adds each change to the row with its key, creating the row at 0 first. */
    private <K> void upsert(String table, String columns, int width, String key, Map<K, BigDecimal> changes,
            BatchSql.Binder<Map.Entry<K, BigDecimal>> binder) {
        sql.rows("INSERT INTO " + table + " (" + columns + ") VALUES ", "(" + "?, ".repeat(width - 1) + "?)",
                " ON CONFLICT " + key + " DO UPDATE SET value = " + table + ".value + EXCLUDED.value",
                changes.entrySet(), binder);
    }

    /** Binds a cell's nine key columns from {@code at}; returns the next parameter index. */
    private static int cell(PreparedStatement statement, int at, Cell cell) throws SQLException {
        statement.setString(at, cell.community());
        statement.setString(at + 1, cell.family().name());
        statement.setString(at + 2, cell.section());
        statement.setString(at + 3, cell.period());
        statement.setString(at + 4, cell.line());
        statement.setString(at + 5, cell.category());
        statement.setString(at + 6, cell.istatCode());
        statement.setString(at + 7, cell.status());
        statement.setString(at + 8, cell.measure().name());
        return at + 9;
    }

    private static List<Segment> read(String json) {
        try {
            return EventJson.mapper().readValue(json, SEGMENTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored contribution is not readable", e);
        }
    }

    private static String write(List<Segment> segments) {
        try {
            return EventJson.mapper().writeValueAsString(segments);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

package it.toscana.monitoring.gateway.changes;

import java.sql.Array;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import it.toscana.monitoring.gateway.projection.BatchSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The change log's rows, read and written set at a time on the caller's transaction. */
@ApplicationScoped
class ChangeLogStore {

    /** An entity of the feed. */
    record EntityKey(String type, String id) {
    }

    /** The last position handed out, and the last one the retention purge removed. */
    record Head(long lastPosition, long purgedThrough) {
    }

    private static final String COLUMNS = "position, entity_type, entity_id, version, business_time, recorded_at, communities";

    @Inject
    BatchSql sql;

    /** The newest version logged of each of these entities (absent: none logged). */
    Map<EntityKey, Long> loggedVersions(Collection<EntityKey> entities) {
        Map<EntityKey, Long> found = new HashMap<>();
        sql.selectByPairs("""
                SELECT e.entity_type, e.entity_id, e.version FROM change_log_entity e
                JOIN unnest(?::text[], ?::text[]) AS k(type, id) ON e.entity_type = k.type AND e.entity_id = k.id""",
                entities, EntityKey::type, EntityKey::id,
                row -> found.put(new EntityKey(row.getString(1), row.getString(2)), row.getLong(3)));
        return found;
    }

    /**
     * Takes the next {@code count} positions; answers the first. The head row stays locked until the
     * transaction ends, so no other writer could interleave its positions with these.
     */
    long takePositions(int count) {
        long[] last = new long[1];
        sql.jdbc(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE change_log_head SET last_position = last_position + ? RETURNING last_position")) {
                update.setLong(1, count);
                try (ResultSet row = update.executeQuery()) {
                    row.next();
                    last[0] = row.getLong(1);
                }
            }
        });
        return last[0] - count + 1;
    }

    void insert(List<ChangeEntry> changes) {
        sql.rows("INSERT INTO change_log (" + COLUMNS + ") VALUES ", "(?, ?, ?, ?, ?, ?, ?)", "", changes,
                (statement, change, at) -> {
                    statement.setLong(at, change.position());
                    statement.setString(at + 1, change.type());
                    statement.setString(at + 2, change.id());
                    statement.setLong(at + 3, change.version());
                    statement.setDate(at + 4, change.businessTime() == null ? null : Date.valueOf(change.businessTime()));
                    statement.setTimestamp(at + 5, Timestamp.from(change.recordedAt()));
                    statement.setArray(at + 6, statement.getConnection().createArrayOf("text", change.communities().toArray()));
                });
    }

    /** Remembers the newest version logged per entity (one version per entity in {@code versions}). */
    void rememberVersions(Map<EntityKey, Long> versions) {
        sql.rows("INSERT INTO change_log_entity (entity_type, entity_id, version) VALUES ", "(?, ?, ?)",
                " ON CONFLICT (entity_type, entity_id) DO UPDATE SET version = greatest(change_log_entity.version, EXCLUDED.version)",
                versions.entrySet(), (statement, entry, at) -> {
                    statement.setString(at, entry.getKey().type());
                    statement.setString(at + 1, entry.getKey().id());
                    statement.setLong(at + 2, entry.getValue());
                });
    }

    Head head() {
        Head[] head = new Head[1];
        sql.jdbc(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT last_position, purged_through FROM change_log_head");
                    ResultSet row = select.executeQuery()) {
                row.next();
                head[0] = new Head(row.getLong(1), row.getLong(2));
            }
        });
        return head[0];
    }

    /** Up to {@code limit} changes after {@code after} and up to {@code through}, that {@code filter} keeps, in order. */
    List<ChangeEntry> read(long after, long through, ChangeFilter filter, int limit) {
        List<ChangeEntry> found = new ArrayList<>();
        sql.jdbc(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + """
                     FROM change_log WHERE position > ? AND position <= ?
                    AND (cardinality(?::text[]) = 0 OR entity_type = ANY (?::text[]))
                    AND (?::text IS NULL OR ?::text = ANY (communities))
                    ORDER BY position LIMIT ?""")) {
                Array types = connection.createArrayOf("text", filter.types().toArray());
                select.setLong(1, after);
                select.setLong(2, through);
                select.setArray(3, types);
                select.setArray(4, types);
                select.setString(5, filter.community());
                select.setString(6, filter.community());
                select.setInt(7, limit);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.add(read(rows));
                    }
                }
            }
        });
        return found;
    }

    /**
     * Deletes the oldest changes, those applied more than {@code retentionSeconds} ago (a prefix of the log,
     * so what is left has no hole), and moves the head's purge mark past them; answers how many went.
     */
    int purge(long retentionSeconds) {
        int[] purged = new int[1];
        sql.jdbc(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("""
                    WITH gone AS (
                        DELETE FROM change_log WHERE position <= (SELECT max(position) FROM change_log
                                                                  WHERE logged_at < now() - make_interval(secs => ?))
                        RETURNING position),
                    mark AS (
                        UPDATE change_log_head SET purged_through = greatest(purged_through, (SELECT max(position) FROM gone))
                        WHERE EXISTS (SELECT 1 FROM gone))
                    SELECT count(*) FROM gone""")) {
                delete.setDouble(1, retentionSeconds);
                try (ResultSet row = delete.executeQuery()) {
                    row.next();
                    purged[0] = row.getInt(1);
                }
            }
        });
        return purged[0];
    }

    private static ChangeEntry read(ResultSet row) throws SQLException {
        Date businessTime = row.getDate(5);
        return new ChangeEntry(row.getLong(1), row.getString(2), row.getString(3), row.getLong(4),
                businessTime == null ? null : businessTime.toLocalDate(), row.getTimestamp(6).toInstant(),
                List.of((String[]) row.getArray(7).getArray()));
    }
}

package it.toscana.monitoring.gateway.projection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import org.hibernate.Session;
import org.postgresql.PGStatement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * JDBC on the caller's transaction, a set at a time: multi-row writes of up to {@value #ROWS_PER_STATEMENT} rows
 * and reads by a batch's keys in one query, so a batch of events costs a few round trips, not one per row.
 */
@ApplicationScoped
public class BatchSql {

    private static final int ROWS_PER_STATEMENT = 500;

    /** Binds one row's parameters from {@code firstParameter}. */
    public interface Binder<T> {
        void bind(PreparedStatement statement, T row, int firstParameter) throws SQLException;
    }

    public interface Work {
        void run(Connection connection) throws SQLException;
    }

    /** Reads one result row. */
    public interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    @Inject
    EntityManager entityManager;

    /** {@code insert} + one {@code row} per item (in chunks) + {@code onConflict}. */
    public <T> void rows(String insert, String row, String onConflict, Collection<T> all, Binder<T> binder) {
        List<T> rows = new ArrayList<>(all);
        int width = (int) row.chars().filter(c -> c == '?').count();
        for (int start = 0; start < rows.size(); start += ROWS_PER_STATEMENT) {
            List<T> chunk = rows.subList(start, Math.min(rows.size(), start + ROWS_PER_STATEMENT));
            String sql = insert + String.join(", ", Collections.nCopies(chunk.size(), row)) + onConflict;
            jdbc(connection -> {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    for (int i = 0; i < chunk.size(); i++) {
                        binder.bind(statement, chunk.get(i), i * width + 1);
                    }
                    statement.executeUpdate();
                }
            });
        }
    }

    /**
     * Runs {@code select}, which joins {@code unnest(?::text[], ?::text[]) AS k(type, id)}: the two halves of
     * {@code keys} ({@code type}, {@code id}) as its two parameters, planned each time (see {@link #plannedEachTime});
     * each row it finds goes to {@code reader}.
     */
    public <K> void selectByPairs(String select, Collection<K> keys, Function<K, String> type, Function<K, String> id,
            RowReader reader) {
        if (keys.isEmpty()) {
            return;
        }
        jdbc(connection -> {
            try (PreparedStatement statement = plannedEachTime(connection.prepareStatement(select))) {
                statement.setArray(1, connection.createArrayOf("text", keys.stream().map(type).toArray()));
                statement.setArray(2, connection.createArrayOf("text", keys.stream().map(id).toArray()));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        reader.read(rows);
                    }
                }
            }
        });
    }

    public void jdbc(Work work) {
        entityManager.unwrap(Session.class).doWork(work::run);
    }

    /**
     * A join with an array is planned for the table as it is now, never from a plan the connection cached:
     * a generic plan made while the table was nearly empty (after a rebuild, before any ANALYZE) scanned the
     * whole table for every batch from then on, slowing the projection to 60 events/s at 70,000 rows.
     */
    public static PreparedStatement plannedEachTime(PreparedStatement statement) throws SQLException {
        statement.unwrap(PGStatement.class).setPrepareThreshold(0);
        return statement;
    }
}

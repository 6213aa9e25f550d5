package it.toscana.monitoring.gateway.projection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

import org.hibernate.Session;
import org.postgresql.PGStatement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * JDBC on the caller's transaction for set-at-a-time writes: multi-row statements of up to
 * {@value #ROWS_PER_STATEMENT} rows, so a batch of events costs a few round trips, not one per row.
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

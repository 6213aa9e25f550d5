package it.toscana.monitoring.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Creates a fresh, uniquely named database per test run on the real PostgreSQL server
 * ({@code TEST_POSTGRES_HOST}/{@code _PORT}/{@code _USER}/{@code _PASSWORD}, default
 * 127.0.0.1:5432 postgres), so tests never touch a local stack's data or another run's.
 */
public final class TestDatabases {

    private static final String HOST = env("TEST_POSTGRES_HOST", "127.0.0.1");
    private static final String PORT = env("TEST_POSTGRES_PORT", "5432");
    public static final String USER = env("TEST_POSTGRES_USER", "postgres");
    public static final String PASSWORD = env("TEST_POSTGRES_PASSWORD", "");

    private TestDatabases() {
    }

    /**
     * Creates {@code <prefix>_<epoch seconds>_<random>} after dropping leftovers of runs older than
     * a day (a younger one may belong to a run that is still starting).
     */
    public static String create(String prefix) {
        long now = Instant.now().getEpochSecond();
        String name = prefix + "_" + now + "_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection admin = connect("postgres"); Statement sql = admin.createStatement()) {
            for (String stale : olderThan(sql, prefix, now - Duration.ofDays(1).toSeconds())) {
                try {
                    sql.execute("DROP DATABASE \"" + stale + "\"");
                } catch (SQLException inUse) {
                    // another test run is using it
                }
            }
            sql.execute("CREATE DATABASE \"" + name + "\"");
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is needed at " + HOST + ":" + PORT
                    + " (user " + USER + "); set TEST_POSTGRES_HOST/PORT/USER/PASSWORD to use another server", e);
        }
        return name;
    }

    public static void drop(String name) {
        try (Connection admin = connect("postgres"); Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
        } catch (SQLException e) {
            // left for the next run's clean-up
        }
    }

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
    }

    private static List<String> olderThan(Statement sql, String prefix, long epochSeconds) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE '"
                + prefix.replace("'", "") + "\\_%'")) {
            while (rows.next()) {
                // only this prefix's own names (prefix_<epoch>_<random>), not a longer prefix's
                String[] parts = rows.getString(1).substring(prefix.length() + 1).split("_");
                if (parts.length == 2 && parts[0].matches("\\d+") && Long.parseLong(parts[0]) < epochSeconds) {
                    names.add(rows.getString(1));
                }
            }
        }
        return names;
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), USER, PASSWORD);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

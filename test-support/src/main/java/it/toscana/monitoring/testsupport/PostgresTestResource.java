package it.toscana.monitoring.testsupport;

import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives the application under test its own fresh database, named after the module under test (e.g.
 * {@code territory_service_test_…}); init arg {@code database} names another prefix.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    // Surefire runs each module's tests in that module's directory.
    private String prefix = Path.of("").toAbsolutePath().getFileName().toString().replaceAll("[^A-Za-z0-9]", "_") + "_test";
    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        prefix = initArgs.getOrDefault("database", prefix);
    }

    @Override
    public Map<String, String> start() {
        database = TestDatabases.create(prefix);
        return Map.of(
                "quarkus.datasource.jdbc.url", TestDatabases.jdbcUrl(database),
                "quarkus.datasource.username", TestDatabases.USER,
                "quarkus.datasource.password", TestDatabases.PASSWORD);
    }

    @Override
    public void stop() {
        TestDatabases.drop(database);
    }
}

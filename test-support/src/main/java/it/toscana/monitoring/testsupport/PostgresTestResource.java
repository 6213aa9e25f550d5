package it.toscana.monitoring.testsupport;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives the application under test its own fresh database; init arg {@code database} is the
 * name prefix (e.g. {@code territory_test}).
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private String prefix = "monitoring_test";
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

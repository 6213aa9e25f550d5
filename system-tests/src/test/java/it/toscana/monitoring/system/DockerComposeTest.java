package it.toscana.monitoring.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs on our machines, so docker-compose.yml is checked statically: it parses,
 * names every service with a healthcheck, and agrees with the README and the services' own config.
 */
class DockerComposeTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final List<String> SERVICES = List.of("territory-service", "funding-service", "deployment-service",
            "gateway");

    @Test
    void namesInfrastructureAndEveryServiceWithAHealthcheck() throws IOException {
        Map<String, Map<String, Object>> services = composeServices();
        assertEquals(Set.of("postgres", "kafka", "territory-service", "funding-service", "deployment-service", "gateway"),
                services.keySet());
        services.forEach((name, service) -> {
            Map<?, ?> healthcheck = (Map<?, ?>) service.get("healthcheck");
            assertNotNull(healthcheck, name + " has no healthcheck");
            assertNotNull(healthcheck.get("test"), name + " healthcheck has no test");
        });
        assertEquals("apache/kafka:4.1.1", services.get("kafka").get("image"), "broker must match the BOM's kafka-clients");
        assertTrue(String.valueOf(services.get("postgres").get("image")).startsWith("postgres:"));
    }

    @Test
    void servicePortsMatchTheReadmeAndTheServicesConfiguration() throws IOException {
        Map<String, Map<String, Object>> services = composeServices();
        String readme = Files.readString(ROOT.resolve("README.md"));
        for (String name : SERVICES) {
            String port = applicationProperties(name).getProperty("quarkus.http.port");
            Matcher row = Pattern.compile("\\|\\s*`?" + name + "`?\\s*\\|\\s*(\\d+)\\s*\\|").matcher(readme);
            assertTrue(row.find(), name + " is missing from the README's port table");
            assertEquals(port, row.group(1), name + " port in the README");
            String healthcheck = String.valueOf(((Map<?, ?>) services.get(name).get("healthcheck")).get("test"));
            assertTrue(healthcheck.contains("localhost:" + port + "/q/health/ready"), name + " healthcheck port");
        }
    }

    /** Issue 15, item 9: nothing but the gateway is reachable from outside the compose network. */
    @Test
    void onlyTheGatewayIsPublished() throws IOException {
        Map<String, Map<String, Object>> services = composeServices();
        services.forEach((name, service) -> {
            if (name.equals("gateway")) {
                assertEquals(List.of("8080:8080"), service.get("ports"), "the gateway's port");
            } else {
                assertNull(service.get("ports"), name + " must not be published");
                assertNull(service.get("network_mode"), name + " must stay on the compose network");
            }
        });
        Map<?, ?> gateway = (Map<?, ?>) services.get("gateway").get("environment");
        for (String name : List.of("territory", "funding", "deployment")) {
            String port = applicationProperties(name + "-service").getProperty("quarkus.http.port");
            assertEquals("http://" + name + "-service:" + port, gateway.get("GATEWAY_SERVICES_" + name.toUpperCase()));
        }
        String kafkaListeners = String.valueOf(((Map<?, ?>) services.get("kafka").get("environment")).get("KAFKA_ADVERTISED_LISTENERS"));
        assertEquals("INTERNAL://kafka:29092", kafkaListeners, "the broker is advertised on the compose network only");
    }

    /** Issue 15, item 9: PostgreSQL has a password, and each service its own login, limited to its own database. */
    @Test
    void eachServiceLogsInToItsOwnDatabaseWithItsOwnPassword() throws IOException {
        Map<String, Map<String, Object>> services = composeServices();
        Map<?, ?> postgres = (Map<?, ?>) services.get("postgres").get("environment");
        assertNull(postgres.get("POSTGRES_HOST_AUTH_METHOD"), "no trust authentication");
        assertTrue(String.valueOf(postgres.get("POSTGRES_PASSWORD")).startsWith("${POSTGRES_PASSWORD:?"),
                "the superuser password comes from the environment, required");
        String init = Files.readString(ROOT.resolve("docker/postgres-init.sh"));
        assertTrue(init.contains("CREATE ROLE :\"service\" LOGIN PASSWORD :'password' NOSUPERUSER NOCREATEDB NOCREATEROLE"), init);
        assertTrue(init.contains("CREATE DATABASE :\"service\" OWNER :\"service\";"), init);
        assertTrue(init.contains("REVOKE ALL ON DATABASE :\"service\" FROM PUBLIC;"), init);
        List<?> mounted = (List<?>) services.get("postgres").get("volumes");
        assertTrue(mounted.contains("./docker/postgres-init.sh:/docker-entrypoint-initdb.d/init.sh:ro"), mounted.toString());
        for (String name : SERVICES) {
            String url = applicationProperties(name).getProperty("quarkus.datasource.jdbc.url");
            String database = url.substring(url.lastIndexOf('/') + 1);
            assertTrue(init.contains("for service in territory funding deployment gateway") && init.contains(database),
                    database + " is not created");
            Map<?, ?> env = (Map<?, ?>) services.get(name).get("environment");
            assertEquals("jdbc:postgresql://postgres:5432/" + database, env.get("QUARKUS_DATASOURCE_JDBC_URL"));
            assertEquals(database, env.get("QUARKUS_DATASOURCE_USERNAME"), name + " logs in as itself");
            String password = database.toUpperCase() + "_DB_PASSWORD";
            assertEquals("${" + password + ":?set " + password + "}", env.get("QUARKUS_DATASOURCE_PASSWORD"));
            assertEquals(env.get("QUARKUS_DATASOURCE_PASSWORD"), postgres.get(password), "the init script gets the same password");
            assertEquals("kafka:29092", env.get("KAFKA_BOOTSTRAP_SERVERS"));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> composeServices() throws IOException {
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(reader);
            return (Map<String, Map<String, Object>>) compose.get("services");
        }
    }

    private static Properties applicationProperties(String module) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(
                ROOT.resolve(module).resolve("src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        return properties;
    }
}

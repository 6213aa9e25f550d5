package it.toscana.monitoring.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
            assertEquals(List.of(port + ":" + port), services.get(name).get("ports"), name + " ports in docker-compose.yml");
            Matcher row = Pattern.compile("\\|\\s*`?" + name + "`?\\s*\\|\\s*(\\d+)\\s*\\|").matcher(readme);
            assertTrue(row.find(), name + " is missing from the README's port table");
            assertEquals(port, row.group(1), name + " port in the README");
            String healthcheck = String.valueOf(((Map<?, ?>) services.get(name).get("healthcheck")).get("test"));
            assertTrue(healthcheck.contains("localhost:" + port + "/q/health/ready"), name + " healthcheck port");
        }
    }

    @Test
    void everyServiceDatabaseIsCreatedAndUsed() throws IOException {
        Map<String, Map<String, Object>> services = composeServices();
        String init = Files.readString(ROOT.resolve("docker/postgres-init.sql"));
        for (String name : SERVICES) {
            String url = applicationProperties(name).getProperty("quarkus.datasource.jdbc.url");
            String database = url.substring(url.lastIndexOf('/') + 1);
            assertTrue(init.contains("CREATE DATABASE " + database + ";"), database + " is not created");
            Map<?, ?> env = (Map<?, ?>) services.get(name).get("environment");
            assertEquals("jdbc:postgresql://postgres:5432/" + database, env.get("QUARKUS_DATASOURCE_JDBC_URL"));
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

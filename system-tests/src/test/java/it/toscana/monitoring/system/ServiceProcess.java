package it.toscana.monitoring.system;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import it.toscana.monitoring.testsupport.KafkaBroker;
import it.toscana.monitoring.testsupport.TestDatabases;
import it.toscana.monitoring.testsupport.Tokens;
import it.toscana.monitoring.testsupport.AdminTokenFilter;

/**
 * One packaged service ({@code <module>/target/quarkus-app}) running as its own process, the
 * way bin/local-stack runs it, on a free port with its own fresh database.
 */
final class ServiceProcess implements AutoCloseable {

    private static final Duration READY_WITHIN = Duration.ofSeconds(120); // several services start at once on a busy machine

    private final String module;
    private final String database;
    private final int port;
    private final ProcessBuilder builder;
    private final Path log;
    private Process process;

    private ServiceProcess(String module, String database, int port, ProcessBuilder builder, Path log) throws IOException {
        this.module = module;
        this.database = database;
        this.port = port;
        this.builder = builder;
        this.log = log;
        this.process = builder.start();
    }

    static ServiceProcess start(String module, Map<String, String> extraEnv) throws IOException {
        return start(module, module.replace("-", "_") + "_system_test", module, extraEnv);
    }

    /**
     * As {@link #start(String, Map)}, with the database named {@code <databasePrefix>_<random>} and
     * the log {@code target/<databasePrefix>.log}: a test class with its own prefix never has its
     * fresh database taken for a stale leftover by another class's clean-up running at the same time.
     */
    static ServiceProcess start(String module, String databasePrefix, Map<String, String> extraEnv) throws IOException {
        return start(module, databasePrefix, databasePrefix, extraEnv);
    }

    private static ServiceProcess start(String module, String databasePrefix, String logName, Map<String, String> extraEnv)
            throws IOException {
        Path jar = Path.of("..", module, "target", "quarkus-app", "quarkus-run.jar").toAbsolutePath().normalize();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./mvnw verify does)");
        }
        String database = TestDatabases.create(databasePrefix);
        int port = freePort();
        Path log = Path.of("target", logName + ".log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx256m", "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Files.deleteIfExists(log);
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", TestDatabases.jdbcUrl(database));
        env.put("QUARKUS_DATASOURCE_USERNAME", TestDatabases.USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", TestDatabases.PASSWORD);
        if (!extraEnv.containsKey("KAFKA_BOOTSTRAP_SERVERS")) {
            env.put("KAFKA_BOOTSTRAP_SERVERS", KafkaBroker.bootstrapServers());
        }
        // writes need a bearer JWT: the services verify the test JVM's tokens (see Tokens)
        env.put("MP_JWT_VERIFY_PUBLICKEY", Tokens.publicKeyPem());
        env.put("MP_JWT_VERIFY_ISSUER", Tokens.ISSUER);
        AdminTokenFilter.install();
        env.putAll(extraEnv);
        ServiceProcess service = new ServiceProcess(module, database, port, builder, log);
        try {
            service.awaitReady();
        } catch (RuntimeException notReady) {
            try {
                service.close(); // never leave an orphan process behind
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw notReady;
        }
        return service;
    }

    /** This service's own database, as a JDBC URL. */
    String jdbcUrl() {
        return TestDatabases.jdbcUrl(database);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed or committed on the way out. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** Starts the same service again, on its port and database, after {@link #kill()}. */
    void restart() throws IOException {
        process = builder.start();
        awaitReady();
    }

    private void awaitReady() {
        await("ready: " + module + " (log " + log + ")").atMost(READY_WITHIN).pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException(module + " exited with " + process.exitValue() + "; see " + log);
                    }
                    return status(baseUrl() + "/q/health/ready") == 200;
                });
    }

    /** For a failure message: whether the process still runs, and the end of its log. */
    String diagnosis() {
        String state = process.isAlive() ? "running" : "exited with " + process.exitValue();
        try {
            List<String> lines = Files.readAllLines(log);
            return module + " " + state + "; last lines of " + log + ":\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return module + " " + state + "; log unreadable: " + e;
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        TestDatabases.drop(database);
    }

    private static int status(String url) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(2000);
            return connection.getResponseCode();
        } catch (IOException notYet) {
            return -1;
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}

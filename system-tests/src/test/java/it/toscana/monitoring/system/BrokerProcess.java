package it.toscana.monitoring.system;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real Apache Kafka broker (KRaft, combined broker + controller) as its own process, the way
 * bin/local-stack runs it (see shared KAFKA.md), from the broker jars already on the test classpath:
 * a fault test can SIGKILL it and start it again on the same port and data.
 */
final class BrokerProcess implements AutoCloseable {

    private static final Duration READY_WITHIN = Duration.ofSeconds(90);

    private final int port;
    private final ProcessBuilder builder;
    private final Path log;
    private Process process;

    private BrokerProcess(int port, ProcessBuilder builder, Path log) {
        this.port = port;
        this.builder = builder;
        this.log = log;
    }

    static BrokerProcess start() throws IOException, InterruptedException {
        int port = ServiceProcess.freePort();
        int controllerPort = ServiceProcess.freePort();
        Path home = Path.of("target", "broker-" + UUID.randomUUID()).toAbsolutePath();
        Files.createDirectories(home);
        Path config = home.resolve("server.properties");
        Files.writeString(config, String.join("\n",
                "process.roles=broker,controller", "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER", "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "log.dirs=" + home.resolve("data"), "num.partitions=3",
                "offsets.topic.replication.factor=1", "offsets.topic.num.partitions=1",
                "transaction.state.log.replication.factor=1", "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1", "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0", ""));
        Path log = home.resolve("broker.log");
        Process format = java("kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(), "-c", config.toString())
                .redirectErrorStream(true).redirectOutput(home.resolve("format.log").toFile()).start();
        if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
            throw new IllegalStateException("could not format the broker's storage; see " + home.resolve("format.log"));
        }
        BrokerProcess broker = new BrokerProcess(port,
                java("kafka.Kafka", config.toString()).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())), log);
        broker.restart();
        return broker;
    }

    String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** SIGKILL, as a crash: nothing is flushed on the way out. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** Starts (again) on the same port and data, and waits until it answers. */
    void restart() throws IOException {
        process = builder.start();
        await("broker ready (log " + log + ")").atMost(READY_WITHIN).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("the broker exited with " + process.exitValue() + "; see " + log);
            }
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000))) {
                return admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).size() == 1;
            } catch (Exception notYet) {
                return false;
            }
        });
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** The broker runs from this JVM's own classpath, which holds Kafka's server jars (kafka-test-common-runtime). */
    private static ProcessBuilder java(String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(ServiceProcess.javaBinary(),
                "-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }
}

package it.toscana.monitoring.testsupport;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * One real Apache Kafka broker (KRaft, combined broker + controller) per test JVM, started on
 * first use; or the broker named by {@code KAFKA_BOOTSTRAP_SERVERS} when that is set.
 */
public final class KafkaBroker {

    private static String bootstrapServers;

    private KafkaBroker() {
    }

    public static synchronized String bootstrapServers() {
        if (bootstrapServers == null) {
            String external = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
            bootstrapServers = external != null && !external.isBlank() ? external : startInThisJvm();
        }
        return bootstrapServers;
    }

    private static String startInThisJvm() {
        // A broker that hits a fatal error (e.g. its folders going away while the JVM shuts down)
        // halts the whole process; in a test JVM that would turn a green run into a failed fork.
        Exit.setHaltProcedure((status, message) -> System.err.println("Test broker asked to halt (" + status + "): " + message));
        Exit.setExitProcedure((status, message) -> System.err.println("Test broker asked to exit (" + status + "): " + message));
        try {
            KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build())
                    .setConfigProp("auto.create.topics.enable", "true")
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("offsets.topic.num.partitions", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    cluster.close();
                } catch (Exception e) {
                    // the JVM is going away; the broker's temporary folders go with it
                }
            }, "kafka-test-broker-shutdown"));
            return cluster.bootstrapServers();
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the test Kafka broker", e);
        }
    }
}

package it.toscana.monitoring.system;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import it.toscana.monitoring.events.CloudEvent;
import it.toscana.monitoring.events.EventJson;
import it.toscana.monitoring.events.Topics;
import it.toscana.monitoring.events.funding.DeclaredTotalStateV2;
import it.toscana.monitoring.events.funding.FundingEvents;
import it.toscana.monitoring.testsupport.Tokens;

/**
 * Faults, with the packaged services and the broker as processes: after each, a community's money
 * in the gateway's totals is the sum of the writes the API acknowledged, to the cent.
 * <ul>
 * <li>the broker SIGKILLed and restarted during a few thousand concurrent writes through the gateway;
 * <li>the gateway SIGKILLed while it applies a backlog of events, restarted, and then rebuilt from the topics;
 * <li>every event of the funding topic delivered again, twice, newest first;
 * <li>a poison event (a declared total without its scope) on the funding topic amid concurrent writes: parked
 *     with its topic and partition, and the writes behind it counted.
 * </ul>
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultToleranceTest {

    private static final Duration CONVERGES_WITHIN = Duration.ofSeconds(180);
    private static final int WRITERS = 8;
    private static final HttpClient HTTP = TestHttp.CLIENT;
    private static final String ADMIN = Tokens.regionAdmin();

    private static BrokerProcess broker;
    private static ServiceStack stack;
    private static ServiceProcess gateway;
    private static String fundingLine;
    /** Per community, the money of every write the API acknowledged. */
    private static final Map<String, BigDecimal> ACKNOWLEDGED = new ConcurrentHashMap<>();

    @BeforeAll
    static void startTheStack() throws Exception {
        broker = BrokerProcess.start();
        stack = ServiceStack.start("fault", Map.of("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers()),
                Map.of("GATEWAY_RATE_LIMIT_ENABLED", "false"));
        gateway = stack.gateway();
        fundingLine = "FAULT_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        assertEquals(201, send("PUT", "/api/v1/funding-lines/" + fundingLine, """
                {"name": "Fault line", "inTable1": false, "section": "LOCAL_PROGRAMME"}""").statusCode());
    }

    @AfterAll
    static void stopTheStack() throws Exception {
        if (stack != null) {
            stack.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    @Order(1)
    void theBrokerKilledDuringConcurrentWritesLosesNothingAndCountsNothingTwice() throws Exception {
        String community = community("fault-broker");
        AtomicInteger written = new AtomicInteger();
        CompletableFuture<Void> crash = CompletableFuture.runAsync(() -> {
            try {
                await().atMost(CONVERGES_WITHIN).until(() -> written.get() >= 600);
                broker.kill();
                await().pollDelay(Duration.ofSeconds(3)).until(() -> true);
                broker.restart();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        writeAllocations(gateway, community, 3_000, written);
        crash.join();
        assertTotalsConverge(community);
    }

    @Test
    @Order(2)
    void theGatewayKilledWhileApplyingRestartsAndRebuildsToTheSameTotals() throws Exception {
        String community = community("fault-gateway");
        BigDecimal probe = ACKNOWLEDGED.get(community);
        await().atMost(CONVERGES_WITHIN).ignoreExceptions().until(() -> probe.equals(assigned(community)));
        // a client of the change feed has read it to the end and keeps its cursor through what follows
        String cursor = followFeed(community, null).cursor();
        // events pile up while the gateway is down (written to the owning service, the gateway being away)...
        gateway.kill();
        writeAllocations(stack.funding(), community, 1_500, new AtomicInteger());
        // ...and it is killed again as soon as it has applied part of them
        gateway.restart();
        await().atMost(CONVERGES_WITHIN).pollInterval(Duration.ofMillis(20)).ignoreExceptions()
                .until(() -> assigned(community).compareTo(probe) > 0);
        gateway.kill();
        gateway.restart();
        assertTotalsConverge(community);
        JsonPath before = totals(community);

        assertEquals(202, send("POST", "/api/v1/admin/projections/rebuild", "").statusCode());
        await().atMost(CONVERGES_WITHIN).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> !JsonPath.from(send("GET", "/api/v1/admin/projections", null).body()).getBoolean("rebuildPending"));
        assertTotalsConverge(community);
        assertEquals(before.getString("money"), totals(community).getString("money"));

        // two kills, two restarts and a rebuild later, the client resumes: every allocation written meanwhile
        // once, none it had read before, none twice
        List<String> changes = followFeed(community, cursor).changes();
        long stored = JsonPath.from(send("GET", "/api/v1/allocations?size=1&communityCode=" + community, null).body())
                .getLong("total");
        assertEquals(stored - 1, changes.size(), "changes after the cursor: " + changes.size());
        assertEquals(changes.size(), new HashSet<>(changes).size(), "a change came twice");
    }

    /** What a change-feed client read: each change of the community's allocations as id@version, and where to resume. */
    private record FeedRead(List<String> changes, String cursor) {
    }

    /** Follows the change feed of the community's allocations from {@code after} (null: the start) to its end. */
    private static FeedRead followFeed(String community, String after) {
        List<String> changes = new ArrayList<>();
        String cursor = after;
        while (true) {
            String query = "/api/v1/changes?types=allocation&limit=500&community=" + community
                    + (cursor == null ? "" : "&after=" + cursor);
            HttpResponse<String> page = send("GET", query, null);
            assertEquals(200, page.statusCode(), page.body());
            JsonPath json = JsonPath.from(page.body());
            List<String> items = json.getList("items.collect { it.id + '@' + it.version }");
            if (items.isEmpty()) {
                return new FeedRead(changes, cursor);
            }
            changes.addAll(items);
            cursor = json.getString("next");
        }
    }

    @Test
    @Order(3)
    void duplicateAndOutOfOrderDeliveriesChangeNothing() throws Exception {
        String community = community("fault-replay");
        writeAllocations(gateway, community, 300, new AtomicInteger());
        // a second version of some, so that replayed newest first an old version arrives after its successor
        for (int i = 0; i < 30; i++) {
            HttpResponse<String> created = send("POST", "/api/v1/allocations", allocation(community, new BigDecimal("10.00")));
            String id = JsonPath.from(created.body()).getString("id");
            HttpResponse<String> changed = send("PATCH", "/api/v1/allocations/" + id, "{\"amountAssigned\": 25.50}",
                    "application/merge-patch+json");
            assertEquals(200, changed.statusCode(), changed.body());
            ACKNOWLEDGED.merge(community, new BigDecimal("25.50"), BigDecimal::add);
        }
        assertTotalsConverge(community);

        List<ConsumerRecord<String, String>> records = readAll(Topics.FUNDING);
        List<ConsumerRecord<String, String>> newestFirst = new ArrayList<>(records);
        Collections.reverse(newestFirst);
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            for (int copy = 0; copy < 2; copy++) {
                for (ConsumerRecord<String, String> record : newestFirst) {
                    producer.send(new ProducerRecord<>(record.topic(), record.partition(), record.key(), record.value()));
                }
            }
            producer.flush();
        }
        await().atMost(CONVERGES_WITHIN).pollInterval(Duration.ofMillis(500)).until(() -> {
            Map<String, Object> lag = JsonPath.from(send("GET", "/api/v1/admin/projections", null).body()).getMap("lagByTopic");
            return lag != null && Long.valueOf(0).equals(((Number) lag.getOrDefault(Topics.FUNDING, -1)).longValue());
        });
        for (String written : ACKNOWLEDGED.keySet()) {
            assertEquals(ACKNOWLEDGED.get(written), assigned(written), written);
        }
    }

    @Test
    @Order(4)
    void aPoisonEventIsParkedAndTheWritesBehindItAreCountedExactly() throws Exception {
        String community = community("fault-poison");
        String figure = community + "-poison";
        String source = JsonPath.from(readAll(Topics.FUNDING).get(0).value()).getString("source");
        // a declared total without its scope, from funding-service's own source: the projection fails on it every time
        CloudEvent poison = CloudEvent.of(source, FundingEvents.DECLARED_TOTAL_UPSERTED_V2, figure, EventJson.mapper()
                .valueToTree(new DeclaredTotalStateV2(figure, community, null, null, null, new BigDecimal("1.00"), null, null, 0)));
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        int partition;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            partition = producer.send(new ProducerRecord<>(Topics.FUNDING, figure, EventJson.mapper().writeValueAsString(poison)))
                    .get().partition();
        }
        // concurrent writes land behind it on its partition as on the others
        writeAllocations(gateway, community, 300, new AtomicInteger());

        assertTotalsConverge(community);
        String parked = "items.find { it.key == '" + figure + "' }";
        await("the poison parked").atMost(CONVERGES_WITHIN).pollInterval(Duration.ofMillis(500)).until(() ->
                JsonPath.from(send("GET", "/api/v1/admin/dead-letters?size=500", null).body()).get(parked) != null);
        JsonPath deadLetters = JsonPath.from(send("GET", "/api/v1/admin/dead-letters?size=500", null).body());
        assertEquals(Topics.FUNDING, deadLetters.getString(parked + ".topic"));
        assertEquals(partition, deadLetters.getInt(parked + ".partition"));
        assertTrue(deadLetters.getString(parked + ".value").contains(poison.id().toString()));
        for (String written : ACKNOWLEDGED.keySet()) {
            assertEquals(ACKNOWLEDGED.get(written), assigned(written), written);
        }
    }

    /**
     * Writes {@code count} allocations with distinct cent amounts through {@code entry} from {@value #WRITERS}
     * threads, and adds what was acknowledged to the community's expected money.
     */
    private static void writeAllocations(ServiceProcess entry, String community, int count, AtomicInteger written) {
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        List<CompletableFuture<BigDecimal>> writes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            BigDecimal amount = new BigDecimal(100 + i).add(new BigDecimal(i % 100).movePointLeft(2));
            writes.add(CompletableFuture.supplyAsync(() -> {
                HttpResponse<String> response = send(entry, "POST", "/api/v1/allocations", allocation(community, amount),
                        "application/json");
                written.incrementAndGet();
                return response.statusCode() == 201 ? amount : BigDecimal.ZERO;
            }, writers));
        }
        BigDecimal acknowledged = writes.stream().map(CompletableFuture::join).reduce(BigDecimal.ZERO, BigDecimal::add);
        writers.shutdown();
        assertTrue(acknowledged.signum() > 0, "nothing was acknowledged");
        ACKNOWLEDGED.merge(community, acknowledged, BigDecimal::add);
    }

    private static String allocation(String community, BigDecimal amount) {
        return """
                {"communityCode": "%s", "fundingLineCode": "%s", "title": "Fault", "section": "LOCAL_PROGRAMME",
                 "category": "INFRASTRUCTURE", "amountAssigned": %s}""".formatted(community, fundingLine, amount);
    }

    private static void assertTotalsConverge(String community) {
        await(community + " totals").atMost(CONVERGES_WITHIN).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> ACKNOWLEDGED.get(community).equals(assigned(community)));
    }

    /** A community known to the gateway and to funding-service's replica (a first allocation of 1.00 is accepted). */
    private static String community(String prefix) {
        String code = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, send("POST", "/api/v1/communities", """
                {"code": "%s", "name": "%s", "kind": "COMUNITA_MONTANA"}""".formatted(code, code)).statusCode());
        BigDecimal probe = new BigDecimal("1.00");
        await(code + " known").atMost(CONVERGES_WITHIN).pollInterval(Duration.ofMillis(500))
                .until(() -> send("GET", "/api/v1/communities/" + code + "/totals", null).statusCode() == 200
                        && send("POST", "/api/v1/allocations", allocation(code, probe)).statusCode() == 201);
        ACKNOWLEDGED.put(code, probe);
        return code;
    }

    private static BigDecimal assigned(String community) {
        return new BigDecimal(totals(community).getString("money.assigned"));
    }

    private static JsonPath totals(String community) {
        HttpResponse<String> response = send("GET", "/api/v1/communities/" + community + "/totals", null);
        return JsonPath.from(response.body()).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private static List<ConsumerRecord<String, String>> readAll(String topic) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "fault-test-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }

    private static HttpResponse<String> send(String method, String path, String json) {
        return send(gateway, method, path, json, "application/json");
    }

    private static HttpResponse<String> send(String method, String path, String json, String contentType) {
        return send(gateway, method, path, json, contentType);
    }

    private static HttpResponse<String> send(ServiceProcess entry, String method, String path, String json, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(entry.baseUrl() + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + ADMIN);
        if (json != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

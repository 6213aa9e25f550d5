package it.toscana.monitoring.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Reads a topic back from the real broker, and writes raw records into it, as a test would. */
public final class TopicReader {

    private TopicReader() {
    }

    /** Every record on the topic from the beginning until one matches, or fails after the timeout. */
    public static List<ConsumerRecord<String, String>> readUntil(String topic,
            Predicate<ConsumerRecord<String, String>> wanted, Duration timeout) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    seen.add(record);
                    if (wanted.test(record)) {
                        return seen;
                    }
                }
            }
        }
        throw new AssertionError("No matching record on " + topic + " within " + timeout + "; saw " + seen.size());
    }

    /** Sends one raw record, partitioned by key as the services do; returns the partition it landed on. */
    public static int send(String topic, String key, String value) {
        return send(new ProducerRecord<>(topic, key, value));
    }

    /** Sends one raw record to a given partition, e.g. a marker behind records already sent there. */
    public static int send(String topic, int partition, String key, String value) {
        return send(new ProducerRecord<>(topic, partition, key, value));
    }

    /**
     * Sends records (key, value) to one partition as one record batch: the producer holds them until all are
     * added, and a consumer's fetch returns a record batch whole, so one poll sees them together, as one batch
     * of the consumer's (up to its max.poll.records, 500 by default).
     */
    public static void sendAsOneBatch(String topic, int partition, List<Map.Entry<String, String>> records) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 60_000,
                ProducerConfig.BATCH_SIZE_CONFIG, 1_048_576);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            List<Future<RecordMetadata>> acks = records.stream()
                    .map(record -> producer.send(new ProducerRecord<>(topic, partition, record.getKey(), record.getValue())))
                    .toList();
            producer.flush(); // ends the linger: the batch leaves now, whole
            for (Future<RecordMetadata> ack : acks) {
                ack.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not send to " + topic, e);
        }
    }

    private static int send(ProducerRecord<String, String> record) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            return producer.send(record).get().partition();
        } catch (Exception e) {
            throw new IllegalStateException("Could not send to " + record.topic(), e);
        }
    }
}

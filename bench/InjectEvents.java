import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Benchmark helper: sends "key|value" lines from stdin to a topic (java -cp <kafka-clients> InjectEvents.java BOOTSTRAP TOPIC). */
public class InjectEvents {

    public static void main(String[] args) throws Exception {
        Map<String, Object> config = Map.of("bootstrap.servers", args[0], "acks", "all", "linger.ms", 20,
                "batch.size", 262144, "enable.idempotence", true);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                int bar = line.indexOf('|');
                producer.send(new ProducerRecord<>(args[1], line.substring(0, bar), line.substring(bar + 1)));
            }
            producer.flush();
        }
    }
}

package in.haat.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import in.haat.bench.ops.DeadLetterQueue;
import in.haat.testinfra.LocalInfra;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

/**
 * ./haat dead-letters replay dlq: a record dead-lettered as SmallRye does it (headers naming its source topic and the
 * error) goes back to its source topic with its key, value and other headers, marked as replayed; the broker is the
 * real one, no service is needed.
 */
class DeadLetterReplayTest {

    @Test
    void aDeadLetterIsReplayedToItsSourceTopicWithItsKey() throws Exception {
        String source = "haat.e2e.replay." + UUID.randomUUID();
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, LocalInfra.kafkaBootstrap());
        try (Admin admin = Admin.create(config)) {
            admin.createTopics(List.of(new NewTopic(source, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        byte[] key = "seller-42".getBytes(StandardCharsets.UTF_8);
        byte[] value = ("{\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"test.replayed\"}").getBytes(StandardCharsets.UTF_8);
        RecordMetadata dead;
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer())) {
            ProducerRecord<byte[], byte[]> letter = new ProducerRecord<>("haat.dlq", key, value);
            letter.headers().add("dead-letter-topic", source.getBytes(StandardCharsets.UTF_8));
            letter.headers().add("dead-letter-reason", "read model row missing".getBytes(StandardCharsets.UTF_8));
            letter.headers().add("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01".getBytes(StandardCharsets.UTF_8));
            dead = producer.send(letter).get(30, TimeUnit.SECONDS);
        }

        DeadLetterQueue.run(LocalInfra.kafkaBootstrap(), new String[] {"replay", dead.partition() + ":" + dead.offset()});

        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "dead-letter-replay-test-" + UUID.randomUUID());
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(source));
            List<ConsumerRecord<byte[], byte[]>> replayed = new java.util.ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (replayed.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(replayed::add);
            }
            assertEquals(1, replayed.size(), "the dead letter, once, on its source topic");
            ConsumerRecord<byte[], byte[]> record = replayed.get(0);
            assertArrayEquals(key, record.key());
            assertArrayEquals(value, record.value());
            assertEquals("haat.dlq " + dead.partition() + ":" + dead.offset(),
                    new String(record.headers().lastHeader("haat-replayed-from").value(), StandardCharsets.UTF_8));
            assertEquals(null, record.headers().lastHeader("dead-letter-reason"), "the failure's headers stay behind");
            assertNotNull(record.headers().lastHeader("traceparent"), "other headers travel along");
        }
    }
}

package in.haat.bench.ops;

import in.haat.bench.chaos.DeadLetterTopic;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * ./haat dead-letters for haat.dlq: lists what consumers dead-lettered (where, key, source topic, reason, when) and
 * replays chosen records to their source topic with their key. Replaying is safe to repeat: consumers are idempotent
 * by event id, so an event already applied is skipped.
 *
 * <p>Usage: {@code DeadLetterQueue list} or {@code DeadLetterQueue replay PARTITION:OFFSET...}; broker from
 * KAFKA_BOOTSTRAP_SERVERS (or localhost:HAAT_KAFKA_PORT).
 */
public final class DeadLetterQueue {

    private static final String DLQ = DeadLetterTopic.TOPIC;

    private DeadLetterQueue() {
    }

    public static void main(String[] args) throws Exception {
        run(System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS",
                "localhost:" + System.getenv().getOrDefault("HAAT_KAFKA_PORT", "9092")), args);
    }

    /** {@link #main} against the broker at {@code bootstrap} (e2e-tests' broker is not the environment's). */
    public static void run(String bootstrap, String[] args) throws Exception {
        if (args.length == 1 && args[0].equals("list")) {
            List<ConsumerRecord<byte[], byte[]>> records = read(bootstrap, null);
            System.out.printf("haat.dlq: %d record(s)%n", records.size());
            for (ConsumerRecord<byte[], byte[]> record : records) {
                System.out.printf("  %s at=%s cause=%s%n", DeadLetterTopic.describe(record), Instant.ofEpochMilli(record.timestamp()),
                        DeadLetterTopic.header(record, "dead-letter-cause"));
            }
        } else if (args.length > 1 && args[0].equals("replay")) {
            List<String> positions = List.of(args).subList(1, args.length);
            int replayed = 0;
            try (KafkaProducer<byte[], byte[]> producer = producer(bootstrap)) {
                for (ConsumerRecord<byte[], byte[]> record : read(bootstrap, positions)) {
                    String source = DeadLetterTopic.header(record, "dead-letter-topic");
                    if ("-".equals(source)) {
                        System.out.printf("  %d:%d has no dead-letter-topic header: not replayed%n", record.partition(), record.offset());
                        continue;
                    }
                    ProducerRecord<byte[], byte[]> again = new ProducerRecord<>(source, null, record.key(), record.value());
                    for (Header header : record.headers()) {
                        if (!header.key().startsWith("dead-letter-")) {
                            again.headers().add(header); // keeps traceparent and the like; the dead-letter headers described the failure
                        }
                    }
                    again.headers().add("haat-replayed-from", (DLQ + " " + record.partition() + ":" + record.offset()).getBytes(StandardCharsets.UTF_8));
                    var sent = producer.send(again).get(30, TimeUnit.SECONDS);
                    System.out.printf("  %d:%d replayed to %s (partition %d, offset %d)%n", record.partition(), record.offset(), source,
                            sent.partition(), sent.offset());
                    replayed++;
                }
            }
            System.out.printf("replayed %d of %d%n", replayed, positions.size());
            if (replayed < positions.size()) {
                System.exit(1);
            }
        } else {
            System.err.println("usage: DeadLetterQueue list | replay PARTITION:OFFSET...");
            System.exit(2);
        }
    }

    /** Every record of haat.dlq (positions null), or the records at the given PARTITION:OFFSET positions. */
    private static List<ConsumerRecord<byte[], byte[]>> read(String bootstrap, List<String> positions) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<byte[], byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(DLQ).stream().map(p -> new TopicPartition(DLQ, p.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            consumer.seekToBeginning(partitions);
            List<String> wanted = positions == null ? null : new ArrayList<>(positions);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline && partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))
                    && (wanted == null || !wanted.isEmpty())) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (wanted == null || wanted.remove(record.partition() + ":" + record.offset())) {
                        found.add(record);
                    }
                }
            }
            if (wanted != null && !wanted.isEmpty()) {
                System.out.println("  not in haat.dlq (past its retention, or never there): " + wanted);
            }
        }
        return found;
    }

    private static KafkaProducer<byte[], byte[]> producer(String bootstrap) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        // haat.dlq takes records up to 2 MiB (a 1 MB beckn body in its envelope); the replay must send what it holds.
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(2 * 1024 * 1024));
        return new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
    }
}

package in.haat.bench.chaos;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** haat.dlq as a fault run sees it: where it ended when the run began, and what was written to it since. */
public final class DeadLetterTopic {

    public static final String TOPIC = "haat.dlq";

    private final String bootstrap;
    private final Map<TopicPartition, Long> startOffsets;

    /** Notes where the topic ends now; {@link #since} lists what is written after. */
    public DeadLetterTopic(String bootstrap) throws Exception {
        this.bootstrap = bootstrap;
        this.startOffsets = ends();
    }

    /** The records written since this object was made, one line each: partition, offset, key, source and reason. */
    public List<String> since() throws Exception {
        Map<TopicPartition, Long> ends = ends();
        List<String> found = new ArrayList<>();
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>(ends.keySet());
            consumer.assign(partitions);
            for (TopicPartition partition : partitions) {
                consumer.seek(partition, startOffsets.getOrDefault(partition, 0L));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!caughtUp(consumer, ends) && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
                        found.add(describe(record));
                    }
                }
            }
        }
        return found;
    }

    /** One dead letter in a line: where it is, its key, where it came from and why (SmallRye's dead-letter headers). */
    public static String describe(ConsumerRecord<byte[], byte[]> record) {
        return String.format("%d:%d key=%s from=%s reason=%s", record.partition(), record.offset(),
                record.key() == null ? "-" : new String(record.key(), StandardCharsets.UTF_8),
                header(record, "dead-letter-topic"), header(record, "dead-letter-reason"));
    }

    public static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? "-" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static boolean caughtUp(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> ends) {
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            if (consumer.position(end.getKey()) < end.getValue()) {
                return false;
            }
        }
        return true;
    }

    private Map<TopicPartition, Long> ends() throws Exception {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin admin = Admin.create(config)) {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(List.of(TOPIC)).allTopicNames().get(30, TimeUnit.SECONDS).get(TOPIC).partitions()
                    .forEach(p -> latest.put(new TopicPartition(TOPIC, p.partition()), OffsetSpec.latest()));
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).forEach((partition, info) -> ends.put(partition, info.offset()));
            return ends;
        }
    }
}

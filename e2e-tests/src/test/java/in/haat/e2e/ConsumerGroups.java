package in.haat.e2e;

import in.haat.testinfra.LocalInfra;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;

/** The suite's Kafka consumer groups: where they start, and whether they have read their topics to the end. */
final class ConsumerGroups {

    private ConsumerGroups() {
    }

    static Admin admin() {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, LocalInfra.kafkaBootstrap());
        return Admin.create(config);
    }

    /**
     * Commits each new group's offsets at the current end of its topic before any service starts: the services read
     * from there (not the broker's whole history, which on a used broker holds other runs' requests that would only
     * fail and be retried), a consumer that joins late misses nothing, and a restarted order-service resumes exactly
     * where the killed one stopped.
     */
    static void startAtTheEnd(Map<String, String> topicsByGroup) throws Exception {
        try (Admin admin = admin()) {
            for (Map.Entry<String, String> entry : topicsByGroup.entrySet()) {
                String topic = entry.getValue();
                Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
                for (TopicPartitionInfo partition : admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS)
                        .get(topic).partitions()) {
                    partitions.put(new TopicPartition(topic, partition.partition()), OffsetSpec.latest());
                }
                Map<TopicPartition, OffsetAndMetadata> ends = new HashMap<>();
                admin.listOffsets(partitions).all().get(30, TimeUnit.SECONDS)
                        .forEach((partition, end) -> ends.put(partition, new OffsetAndMetadata(end.offset())));
                admin.alterConsumerGroupOffsets(entry.getKey(), ends).all().get(30, TimeUnit.SECONDS);
            }
        }
    }

    /** Whether every one of the groups has committed, on each of its partitions, the partition's end offset. */
    static boolean caughtUp(Admin admin, Collection<String> groups) throws Exception {
        return lagging(admin, groups).isEmpty();
    }

    /** Each partition where one of the groups has not committed the end offset: "group topic-partition committed/end". */
    static List<String> lagging(Admin admin, Collection<String> groups) throws Exception {
        List<String> behind = new java.util.ArrayList<>();
        for (String group : groups) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            committed.keySet().forEach(partition -> latest.put(partition, OffsetSpec.latest()));
            var ends = admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS);
            for (Map.Entry<TopicPartition, OffsetAndMetadata> entry : committed.entrySet()) {
                long end = ends.get(entry.getKey()).offset();
                if (entry.getValue() == null || entry.getValue().offset() < end) {
                    behind.add(group + " " + entry.getKey() + " " + (entry.getValue() == null ? "none" : entry.getValue().offset()) + "/" + end);
                }
            }
        }
        return behind;
    }
}

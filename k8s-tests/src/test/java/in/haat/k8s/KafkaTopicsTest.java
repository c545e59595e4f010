package in.haat.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The Strimzi topics are deploy/topics.txt, every topic the code names is among them, and each service has a Kafka identity. */
class KafkaTopicsTest {

    private final List<ObjectNode> prod = Manifests.render("prod");

    @Test
    void theTopicsAreThoseOfTopicsTxtWithReplicationAndRetention() throws IOException {
        Map<String, Integer> listed = new TreeMap<>();
        for (String line : Files.readAllLines(Manifests.root().resolve("deploy/topics.txt"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] fields = line.trim().split("\\s+");
                listed.put(fields[0], Integer.parseInt(fields[1]));
            }
        }
        Map<String, Integer> declared = new TreeMap<>();
        Manifests.ofKind(prod, "KafkaTopic").forEach(topic -> {
            JsonNode spec = topic.path("spec");
            declared.put(spec.path("topicName").asText(), spec.path("partitions").asInt());
            assertTrue(spec.path("replicas").asInt() >= 3, "3 replicas: " + spec);
            int minIsr = spec.path("config").path("min.insync.replicas").asInt();
            assertTrue(minIsr >= 2 && minIsr < spec.path("replicas").asInt(), "a write survives one broker down: " + spec);
            assertTrue(spec.path("config").path("retention.ms").asLong() >= 24L * 3600 * 1000, "retention chosen: " + spec);
            assertEquals("haat-kafka", topic.at("/metadata/labels/strimzi.io~1cluster").asText());
        });
        assertEquals(listed, declared, "k8s/base/kafka/topics.yaml and deploy/topics.txt");
    }

    private static final List<String> MODULES = List.of("auth-service", "catalogue-service", "inventory-service",
            "order-service", "ondc-gateway-service", "api-support", "seller-directory", "event-backbone");

    @Test
    void everyTopicTheServicesUseExists() throws IOException {
        Set<String> declared = Manifests.ofKind(prod, "KafkaTopic").map(t -> t.at("/spec/topicName").asText()).collect(Collectors.toSet());
        Set<String> used = new TreeSet<>();
        Pattern topic = Pattern.compile("(?:topic=(?:\\$\\{haat\\.kafka\\.topic-prefix:})?|TOPIC = \")(haat\\.[a-z.]+)");
        for (String module : MODULES) {
            try (Stream<Path> files = Files.walk(Manifests.root().resolve(module).resolve("src/main"))) {
                // Topics are named in code and configuration; other resources (fonts, schemas) are not read.
                for (Path file : files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".properties")).toList()) {
                    Matcher m = topic.matcher(Files.readString(file));
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        used.remove("haat.outbox.unrouted"); // the outbox channel's placeholder: the relay names each record's topic
        assertTrue(used.size() >= 5, "found the topics: " + used);
        assertTrue(declared.containsAll(used), "used but not declared: " + used.stream().filter(t -> !declared.contains(t)).toList());
    }

    /**
     * Every consumed topic is named after {@code haat.kafka.topic-prefix}, as the relay sends: a channel without it would
     * read the unprefixed topic while its producers write the prefixed one (and two test suites run side by side,
     * {@code HAAT_TEST_THREADS=2}, would read each other's events).
     */
    @Test
    void everyConsumedTopicTakesThePrefix() throws IOException {
        Pattern channel = Pattern.compile("(?m)^(?:%[a-z]+\\.)?mp\\.messaging\\.incoming\\.[a-z-]+\\.(?:dead-letter-queue\\.)?topic=(.*)$");
        List<String> unprefixed = new java.util.ArrayList<>();
        int channels = 0;
        for (String module : MODULES) {
            try (Stream<Path> files = Files.walk(Manifests.root().resolve(module).resolve("src/main"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                    Matcher m = channel.matcher(Files.readString(file));
                    while (m.find()) {
                        channels++;
                        if (!m.group(1).startsWith("${haat.kafka.topic-prefix:}")) {
                            unprefixed.add(module + ": " + m.group());
                        }
                    }
                }
            }
        }
        assertTrue(channels >= 10, "found the consumers' topics: " + channels);
        assertEquals(List.of(), unprefixed);
    }

    @Test
    void everyServiceAuthenticatesAsItsOwnKafkaUser() {
        for (String service : Manifests.SERVICES) {
            String secret = Manifests.environment(prod, Manifests.named(prod, "Deployment", service)).get("KAFKA_SASL_JAAS_CONFIG");
            assertEquals("secret:haat-" + service + "/sasl.jaas.config", secret, service);
            JsonNode user = Manifests.named(prod, "KafkaUser", "haat-" + service);
            assertEquals("scram-sha-512", user.at("/spec/authentication/type").asText());
            boolean ownGroups = false;
            for (JsonNode acl : user.at("/spec/authorization/acls")) {
                ownGroups |= acl.at("/resource/type").asText().equals("group") && acl.at("/resource/name").asText().equals(service)
                        && acl.at("/resource/patternType").asText().equals("prefix");
            }
            assertTrue(ownGroups, service + " may use the consumer groups named after it");
        }
    }
}

package in.haat.testinfra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A test run's own topics on the shared broker: each logical topic of {@code deploy/topics.txt} under a prefix made
 * from the run's database name ({@code haat.kafka.topic-prefix}, which the services' consumers and outbox relay
 * apply). A test that reads or writes the broker directly names topics through {@link #of(String)}.
 */
public final class TestTopics {

    static final String PREFIX_PROPERTY = "haat.kafka.topic-prefix";

    private TestTopics() {
    }

    /** The broker's name of a logical topic ({@code haat.order.events}) in the running test. */
    public static String of(String topic) {
        return ConfigProvider.getConfig().getOptionalValue(PREFIX_PROPERTY, String.class).orElse("") + topic;
    }

    /** {@code haat_order_test_lead} becomes {@code haat-order-test-lead.}: Kafka warns of names mixing '.' and '_'. */
    static String prefixFor(String database) {
        return database.replace('_', '-') + ".";
    }

    /**
     * Creates the prefixed topics that do not exist yet with the partition counts of {@code deploy/topics.txt}, as
     * {@code ./haat infra up} does for the real names, so a test sees the partitioning production has (the broker
     * would otherwise create each with one partition on first use).
     */
    static void create(String prefix) {
        List<String[]> wanted = declaredTopics();
        if (wanted.isEmpty()) {
            return;
        }
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, LocalInfra.kafkaBootstrap());
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
            List<NewTopic> missing = wanted.stream()
                    .filter(topic -> !existing.contains(prefix + topic[0]))
                    .map(topic -> new NewTopic(prefix + topic[0], Integer.parseInt(topic[1]), (short) 1))
                    .toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(60, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            // Two runs creating the same topic at once: the other's creation is as good as ours.
            if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
                throw new IllegalStateException("could not create the test topics " + prefix + "* on "
                        + LocalInfra.kafkaBootstrap() + ": " + e, e);
            }
        }
    }

    /** Name and partition count of every topic line of the repository's {@code deploy/topics.txt}, if found. */
    private static List<String[]> declaredTopics() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path file = dir.resolve("deploy/topics.txt");
            if (Files.isRegularFile(file)) {
                try {
                    return Files.readAllLines(file).stream()
                            .map(String::strip)
                            .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                            .map(line -> line.split("\\s+"))
                            .map(fields -> new String[] {fields[0], fields[1]})
                            .toList();
                } catch (IOException e) {
                    throw new IllegalStateException("cannot read " + file, e);
                }
            }
        }
        return List.of();
    }
}

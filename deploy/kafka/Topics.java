import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the topics a broker lacks, all in one JVM (deploy/infra.sh runs it as a source file on Kafka's jars):
 * Kafka's own TopicCommand creates one topic per JVM, and eight JVM starts were most of a broker's setup time.
 * Arguments: the bootstrap address, then name:partitions for each wanted topic. Prints what it did.
 */
public class Topics {

    public static void main(String[] args) throws Exception {
        Map<String, Integer> wanted = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            int colon = args[i].lastIndexOf(':');
            wanted.put(args[i].substring(0, colon), Integer.parseInt(args[i].substring(colon + 1)));
        }
        try (Admin admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]))) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = new ArrayList<>();
            wanted.forEach((name, partitions) -> {
                if (!existing.contains(name)) {
                    missing.add(new NewTopic(name, partitions, (short) 1));
                }
            });
            if (missing.isEmpty()) {
                System.out.println("all " + wanted.size() + " topics of deploy/topics.txt exist");
                return;
            }
            List<String> created = new ArrayList<>();
            var results = admin.createTopics(missing).values();
            for (NewTopic topic : missing) {
                try {
                    results.get(topic.name()).get();
                    created.add(topic.name());
                } catch (ExecutionException e) {
                    // Made meanwhile by someone else (a consumer's auto-creation): what we wanted is there.
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("creating topic " + topic.name() + " failed: " + e.getCause(), e);
                    }
                }
            }
            System.out.println("created topics " + String.join(" ", created));
        }
    }
}

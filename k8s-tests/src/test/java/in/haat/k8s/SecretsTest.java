package in.haat.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No Secret is committed, and every Secret the manifests refer to is one docs/operations.md lists for the platform
 * to supply (or names as made by Strimzi), so that an operator can install from that list alone.
 */
class SecretsTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyReferencedSecretIsListedAndNoneIsCommitted(String overlay) {
        List<ObjectNode> objects = Manifests.render(overlay);
        assertEquals(0, Manifests.ofKind(objects, "Secret").count(), "no Secret in the manifests");

        Set<String> referenced = new TreeSet<>();
        for (ObjectNode object : objects) {
            collect(object, referenced);
        }
        assertTrue(referenced.containsAll(Set.of("auth-service-db", "ondc-gateway-keys", "haat-kafka-cluster-ca-cert",
                "haat-api-tls", "haat-ondc-tls")), "found the references: " + referenced);

        Set<String> listed = listedInOperationsGuide();
        Set<String> missing = new TreeSet<>(referenced);
        missing.removeAll(listed);
        assertEquals(Set.of(), missing, "referenced in " + overlay + " but not in docs/operations.md's Secrets table");
    }

    /** Secret names wherever Kubernetes, CloudNativePG and the Ingress take them. */
    private static void collect(JsonNode node, Set<String> into) {
        if (node.isObject()) {
            node.properties().forEach(field -> {
                JsonNode value = field.getValue();
                switch (field.getKey()) {
                    case "secretKeyRef", "secretRef", "passwordSecret" -> into.add(value.path("name").asText());
                    case "secret" -> into.add(value.has("secretName") ? value.path("secretName").asText() : value.path("name").asText());
                    case "secretName" -> into.add(value.asText());
                    default -> collect(value, into);
                }
            });
        } else if (node.isArray()) {
            node.forEach(element -> collect(element, into));
        }
    }

    private static Set<String> listedInOperationsGuide() {
        String guide = ServiceConfig.read(Manifests.root().resolve("docs/operations.md"));
        int start = guide.indexOf("\n## Secrets");
        assertTrue(start >= 0, "docs/operations.md has a Secrets section");
        int end = guide.indexOf("\n## ", start + 1);
        String section = guide.substring(start, end < 0 ? guide.length() : end);
        Set<String> names = new TreeSet<>();
        Matcher row = Pattern.compile("(?m)^\\| `([a-z0-9-]+)`").matcher(section);
        while (row.find()) {
            names.add(row.group(1));
        }
        Matcher perService = Pattern.compile("(?m)^\\| `<service>(-db)`|`haat-<service>`").matcher(section);
        while (perService.find()) {
            for (String service : Manifests.SERVICES) {
                names.add(perService.group(1) != null ? service + "-db" : "haat-" + service);
            }
        }
        return names;
    }
}

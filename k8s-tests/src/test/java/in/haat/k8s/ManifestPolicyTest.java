package in.haat.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The overlays keep the manifest policy, and the policy refuses each kind of bad manifest it is meant to. */
class ManifestPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theOverlaysKeepThePolicy(String overlay) {
        List<ObjectNode> objects = Manifests.render(overlay);
        assertEquals(5, Manifests.ofKind(objects, "Deployment").count());
        assertEquals(List.of(), ManifestPolicy.violations(objects));
    }

    static Stream<Arguments> badManifests() {
        return Stream.of(
                bad("no liveness probe", c -> c.remove("livenessProbe"), "no livenessProbe"),
                bad("no readiness probe", c -> c.remove("readinessProbe"), "no readinessProbe"),
                bad("no startup probe", c -> c.remove("startupProbe"), "no startupProbe"),
                bad("no resources", c -> c.remove("resources"), "no resources.requests.cpu"),
                bad("no memory limit", c -> ((ObjectNode) c.at("/resources/limits")).remove("memory"), "no resources.limits.memory"),
                bad("latest tag", c -> c.put("image", "registry.haat.example/haat/auth-service:latest"), "is not pinned"),
                bad("no tag", c -> c.put("image", "registry.haat.example/haat/auth-service"), "is not pinned"),
                bad("privileged", c -> ((ObjectNode) c.get("securityContext")).put("privileged", true), "privileged"),
                bad("privilege escalation", c -> ((ObjectNode) c.get("securityContext")).put("allowPrivilegeEscalation", true),
                        "allowPrivilegeEscalation"),
                bad("writable root", c -> ((ObjectNode) c.get("securityContext")).remove("readOnlyRootFilesystem"),
                        "readOnlyRootFilesystem"),
                bad("capabilities kept", c -> ((ObjectNode) c.get("securityContext")).remove("capabilities"), "capabilities"),
                bad("root user", c -> ((ObjectNode) c.get("securityContext")).put("runAsUser", 0), "may run as root"),
                bad("runAsNonRoot false", c -> ((ObjectNode) c.get("securityContext")).put("runAsNonRoot", false),
                        "may run as root"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badManifests")
    void thePolicyRefuses(String what, Consumer<ObjectNode> breakIt, String expected) {
        ObjectNode deployment = Manifests.copy(Manifests.named(Manifests.render("prod"), "Deployment", "ondc-gateway-service"));
        assertEquals(List.of(), ManifestPolicy.violations(List.of(deployment)));
        breakIt.accept((ObjectNode) deployment.at("/spec/template/spec/containers/0"));
        List<String> violations = ManifestPolicy.violations(List.of(deployment));
        assertTrue(violations.stream().anyMatch(v -> v.contains(expected)), what + ": " + violations);
    }

    @ParameterizedTest
    @ValueSource(strings = {"policy/bad-deployment.yaml"})
    void thePolicyRefusesAHandWrittenBadManifest(String resource) throws Exception {
        String yaml = new String(ManifestPolicyTest.class.getClassLoader().getResourceAsStream(resource).readAllBytes());
        List<String> violations = ManifestPolicy.violations(Manifests.parse(yaml));
        for (String expected : List.of("a Secret is committed", "hostNetwork", "no livenessProbe", "no readinessProbe",
                "no startupProbe", "no resources.limits.memory", "is not pinned", "privileged", "may run as root")) {
            assertTrue(violations.stream().anyMatch(v -> v.contains(expected)), expected + " not in " + violations);
        }
    }

    private static Arguments bad(String what, Consumer<ObjectNode> breakIt, String expected) {
        return Arguments.of(what, breakIt, expected);
    }
}

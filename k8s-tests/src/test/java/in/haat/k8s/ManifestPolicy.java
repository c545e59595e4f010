package in.haat.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a platform's admission policy would refuse (Pod Security "restricted" and the usual Kyverno baseline):
 * a container without liveness, readiness and startup probes, without CPU and memory requests and limits, with
 * an image tagged latest (or not tagged), privileged or able to escalate, running as root, with a writable root
 * file system or keeping capabilities; a pod sharing the host's namespaces; and any Secret in the manifests
 * (Secrets are supplied by the platform, never committed).
 */
final class ManifestPolicy {

    private static final Set<String> WORKLOADS = Set.of("Deployment", "StatefulSet", "DaemonSet", "Job");

    private ManifestPolicy() {
    }

    static List<String> violations(List<? extends JsonNode> objects) {
        List<String> violations = new ArrayList<>();
        for (JsonNode object : objects) {
            String kind = object.path("kind").asText();
            if (kind.equals("Secret")) {
                violations.add(Manifests.name(object) + ": a Secret is committed; the platform supplies Secrets");
            }
            if (WORKLOADS.contains(kind)) {
                pod(Manifests.name(object), object.path("spec").path("template").path("spec"), violations);
            }
        }
        return violations;
    }

    private static void pod(String owner, JsonNode pod, List<String> violations) {
        for (String hostNamespace : List.of("hostNetwork", "hostPID", "hostIPC")) {
            if (pod.path(hostNamespace).asBoolean(false)) {
                violations.add(owner + ": " + hostNamespace);
            }
        }
        JsonNode podSecurity = pod.path("securityContext");
        for (String list : List.of("initContainers", "containers")) {
            for (JsonNode container : pod.path(list)) {
                container(owner + " container " + container.path("name").asText(), container, podSecurity,
                        list.equals("containers"), violations);
            }
        }
    }

    private static void container(String where, JsonNode container, JsonNode podSecurity, boolean longRunning, List<String> violations) {
        String image = container.path("image").asText();
        String lastSegment = image.substring(image.lastIndexOf('/') + 1);
        if (!image.contains("@sha256:") && (!lastSegment.contains(":") || lastSegment.endsWith(":latest"))) {
            violations.add(where + ": image " + image + " is not pinned (latest or no tag)");
        }
        if (longRunning) {
            for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
                if (container.path(probe).isMissingNode() || container.path(probe).isEmpty()) {
                    violations.add(where + ": no " + probe);
                }
            }
        }
        JsonNode resources = container.path("resources");
        for (String bound : List.of("requests", "limits")) {
            for (String resource : List.of("cpu", "memory")) {
                if (resources.path(bound).path(resource).asText("").isEmpty()) {
                    violations.add(where + ": no resources." + bound + "." + resource);
                }
            }
        }
        JsonNode security = container.path("securityContext");
        if (security.path("privileged").asBoolean(false)) {
            violations.add(where + ": privileged");
        }
        if (security.path("allowPrivilegeEscalation").asBoolean(true)) {
            violations.add(where + ": allowPrivilegeEscalation is not false");
        }
        if (!security.path("readOnlyRootFilesystem").asBoolean(false)) {
            violations.add(where + ": readOnlyRootFilesystem is not true");
        }
        boolean dropsAll = false;
        for (JsonNode capability : security.path("capabilities").path("drop")) {
            dropsAll |= capability.asText().equals("ALL");
        }
        if (!dropsAll || !security.path("capabilities").path("add").isEmpty()) {
            violations.add(where + ": capabilities are not dropped (drop: [ALL], nothing added)");
        }
        JsonNode runAsNonRoot = security.has("runAsNonRoot") ? security.path("runAsNonRoot") : podSecurity.path("runAsNonRoot");
        JsonNode runAsUser = security.has("runAsUser") ? security.path("runAsUser") : podSecurity.path("runAsUser");
        if (!runAsNonRoot.asBoolean(false) || (runAsUser.isNumber() && runAsUser.asInt() == 0)) {
            violations.add(where + ": may run as root (runAsNonRoot is not true, or runAsUser is 0)");
        }
    }
}

package in.haat.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The overlays of k8s/ rendered with {@code kubectl kustomize}, as JSON trees, and helpers to look into them. */
final class Manifests {

    static final List<String> OVERLAYS = List.of("dev", "prod");
    static final List<String> SERVICES = List.of("auth-service", "catalogue-service", "inventory-service",
            "order-service", "ondc-gateway-service");
    static final ObjectMapper YAML = new YAMLMapper();
    static final ObjectMapper JSON = new ObjectMapper();

    private static final Map<String, List<ObjectNode>> RENDERED = new ConcurrentHashMap<>();

    private Manifests() {
    }

    static Path root() {
        return Path.of(System.getProperty("haat.root", "..")).toAbsolutePath().normalize();
    }

    /** Every object of {@code k8s/overlays/<overlay>}, as kubectl kustomize renders it. */
    static List<ObjectNode> render(String overlay) {
        return RENDERED.computeIfAbsent(overlay, name -> parse(kustomize(root().resolve("k8s/overlays").resolve(name))));
    }

    static String kustomize(Path directory) {
        String kubectl = Optional.ofNullable(System.getenv("HAAT_KUBECTL")).orElse("kubectl");
        try {
            Process process = new ProcessBuilder(kubectl, "kustomize", directory.toString()).redirectErrorStream(false).start();
            byte[] out = process.getInputStream().readAllBytes();
            byte[] err = process.getErrorStream().readAllBytes();
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + directory + " failed: " + new String(err, StandardCharsets.UTF_8));
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("kubectl is needed to render k8s/ (./haat test installs it: deploy/tools.sh)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A multi-document YAML stream as objects; empty documents (comments only) are dropped. */
    static List<ObjectNode> parse(String yaml) {
        List<ObjectNode> objects = new ArrayList<>();
        try (var parser = new YAMLFactory().createParser(yaml)) {
            var it = YAML.readValues(parser, JsonNode.class);
            while (it.hasNext()) {
                JsonNode node = it.next();
                if (node instanceof ObjectNode object && !object.isEmpty()) {
                    objects.add(object);
                }
            }
        } catch (IOException e) {
            throw new AssertionError("not YAML: " + e.getMessage(), e);
        }
        return objects;
    }

    static Stream<ObjectNode> ofKind(List<ObjectNode> objects, String kind) {
        return objects.stream().filter(o -> kind.equals(o.path("kind").asText()));
    }

    static ObjectNode named(List<ObjectNode> objects, String kind, String name) {
        return ofKind(objects, kind).filter(o -> name.equals(o.path("metadata").path("name").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    static String name(JsonNode object) {
        return object.path("kind").asText() + " " + object.path("metadata").path("name").asText();
    }

    /** The first container of a Deployment's pod template. */
    static JsonNode container(JsonNode deployment) {
        return deployment.path("spec").path("template").path("spec").path("containers").path(0);
    }

    /**
     * The environment a container of this Deployment starts with: its envFrom ConfigMaps in order (a later one
     * wins), then its env (literal values; a Secret reference as {@code secret:<name>/<key>}).
     */
    static Map<String, String> environment(List<ObjectNode> objects, JsonNode deployment) {
        Map<String, String> env = new java.util.LinkedHashMap<>();
        JsonNode container = container(deployment);
        for (JsonNode from : container.path("envFrom")) {
            String configMap = from.path("configMapRef").path("name").asText();
            named(objects, "ConfigMap", configMap).path("data").properties()
                    .forEach(field -> env.put(field.getKey(), field.getValue().asText()));
        }
        for (JsonNode variable : container.path("env")) {
            JsonNode secret = variable.path("valueFrom").path("secretKeyRef");
            env.put(variable.path("name").asText(), secret.isMissingNode()
                    ? variable.path("value").asText()
                    : "secret:" + secret.path("name").asText() + "/" + secret.path("key").asText());
        }
        return env;
    }

    /** A deep copy, for tests that break a manifest on purpose. */
    static ObjectNode copy(ObjectNode object) {
        return object.deepCopy();
    }
}

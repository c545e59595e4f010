package in.haat.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.k8s.images.ServiceImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The images CI built (target/images, by ImageBuilder in this module's build) and the manifests agree: image names
 * and tags, the user, the port (and the service's own quarkus.http.port), the health paths the probes call, and the
 * environment names. Change one side only and this fails.
 */
class ImageConfigMatchesManifestsTest {

    private static final Path IMAGES = Path.of(System.getProperty("haat.images", "target/images"));

    @Test
    void everyServiceHasAnImageNamedAsTheKustomizationSays() throws Exception {
        List<ServiceImage> images = ServiceImage.all(Manifests.root());
        assertEquals(Manifests.SERVICES.stream().sorted().toList(), images.stream().map(ServiceImage::service).sorted().toList());
        for (ServiceImage image : images) {
            OciImage built = OciImage.read(IMAGES.resolve(image.service() + ".tar"));
            assertEquals(image.reference(), built.reference());
            JsonNode layers = built.manifest().path("layers");
            assertTrue(layers.size() >= 4, image.service() + ": base and application layers");
            for (JsonNode layer : layers) {
                assertEquals(layer.path("size").asLong(), built.blobSizes().get(OciImage.blob(layer.path("digest").asText())),
                        image.service() + ": every layer is in the tarball");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theDeploymentsRunTheImagesAsBuilt(String overlay) throws Exception {
        List<ObjectNode> objects = Manifests.render(overlay);
        for (ServiceImage image : ServiceImage.all(Manifests.root())) {
            String service = image.service();
            JsonNode config = OciImage.read(IMAGES.resolve(service + ".tar")).config().path("config");
            JsonNode deployment = Manifests.named(objects, "Deployment", service);
            JsonNode pod = deployment.path("spec").path("template");
            JsonNode container = Manifests.container(deployment);

            assertEquals(image.reference(), container.path("image").asText(), overlay + " " + service + ": image");

            String user = config.path("User").asText();
            assertTrue(user.matches("[1-9][0-9]*"), service + ": the image runs as a numeric non-root user, not " + user);
            assertEquals(user, pod.path("spec").path("securityContext").path("runAsUser").asText(), service + ": user");

            int port = ServiceImage.all(Manifests.root()).stream().filter(i -> i.service().equals(service)).findFirst().orElseThrow().port();
            assertTrue(config.path("ExposedPorts").has(port + "/tcp"), service + ": the image exposes " + port);
            assertEquals(1, config.path("ExposedPorts").size(), service + ": one port");
            assertEquals(port, container.path("ports").path(0).path("containerPort").asInt(), service + ": containerPort");
            assertEquals("http", container.path("ports").path(0).path("name").asText());
            assertEquals(String.valueOf(port), Manifests.environment(objects, deployment).get("QUARKUS_HTTP_PORT"));
            assertEquals(String.valueOf(port), pod.path("metadata").path("annotations").path("prometheus.io/port").asText());
            JsonNode policy = Manifests.named(objects, "NetworkPolicy", service);
            for (JsonNode rule : policy.path("spec").path("ingress")) {
                assertEquals(port, rule.path("ports").path(0).path("port").asInt(), service + ": network policy port");
            }
            assertEquals("http", Manifests.named(objects, "Service", service).at("/spec/ports/0/targetPort").asText());

            JsonNode labels = config.path("Labels");
            Map<String, String> probes = Map.of("startupProbe", "in.haat.health.started", "livenessProbe", "in.haat.health.live",
                    "readinessProbe", "in.haat.health.ready");
            probes.forEach((probe, label) -> {
                assertEquals(labels.path(label).asText(), container.path(probe).path("httpGet").path("path").asText(),
                        service + ": " + probe + " calls the path the image declares");
                assertEquals("http", container.path(probe).path("httpGet").path("port").asText());
            });
            assertEquals(image.tag(), labels.path("org.opencontainers.image.version").asText());

            ServiceConfig serviceConfig = new ServiceConfig(Manifests.root(), service);
            for (JsonNode variable : config.path("Env")) {
                String name = variable.asText().substring(0, variable.asText().indexOf('='));
                assertTrue(Set.of("PATH", "JAVA_HOME", "LANG").contains(name) || serviceConfig.reads(name),
                        service + ": the image sets " + name);
            }
            assertEquals("java", config.path("Entrypoint").path(0).asText());
            assertTrue(config.path("Entrypoint").toString().contains("/deployments/quarkus-run.jar"));
        }
    }

    @Test
    void dockerComposeRunsTheSameImages() throws Exception {
        String compose = ServiceConfig.read(Manifests.root().resolve("deploy/docker-compose.yml"));
        for (ServiceImage image : ServiceImage.all(Manifests.root())) {
            assertTrue(compose.contains("image: " + image.reference() + "\n"), "deploy/docker-compose.yml runs " + image.reference());
        }
    }

    @Test
    void theServicesServeHealthWhereTheImagesSay() {
        for (String service : Manifests.SERVICES) {
            ServiceConfig config = new ServiceConfig(Manifests.root(), service);
            assertTrue(ServiceConfig.read(Manifests.root().resolve(service).resolve("pom.xml")).contains("quarkus-smallrye-health"),
                    service + " has SmallRye Health");
            for (String moved : List.of("quarkus.smallrye-health.root-path", "quarkus.http.non-application-root-path",
                    "quarkus.smallrye-health.liveness-path", "quarkus.smallrye-health.readiness-path",
                    "quarkus.smallrye-health.startup-path", "quarkus.http.root-path")) {
                assertEquals(null, config.properties.getProperty(moved), service + " moves its health endpoints: " + moved);
            }
        }
        assertTrue(Files.exists(IMAGES.resolve("images.properties")));
    }
}

package in.haat.k8s.images;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** One service's image: its module, the name and tag from k8s/base/kustomization.yaml, the port it serves. */
public record ServiceImage(String service, String repository, String tag, int port) {

    /** Where every Quarkus service answers its health checks (SmallRye Health's defaults, which no service changes). */
    public static final String STARTED_PATH = "/q/health/started";
    public static final String LIVE_PATH = "/q/health/live";
    public static final String READY_PATH = "/q/health/ready";

    /** The image reference, {@code repository:tag}. */
    public String reference() {
        return repository + ":" + tag;
    }

    /** The packaged application, {@code <module>/target/quarkus-app}. */
    public Path quarkusApp(Path root) {
        return root.resolve(service).resolve("target/quarkus-app");
    }

    /** Every image named in k8s/base/kustomization.yaml (the one place for names and tags), with its service's port. */
    public static List<ServiceImage> all(Path root) throws IOException {
        JsonNode kustomization = new ObjectMapper(new YAMLFactory())
                .readTree(root.resolve("k8s/base/kustomization.yaml").toFile());
        List<ServiceImage> images = new ArrayList<>();
        for (JsonNode image : kustomization.path("images")) {
            String service = image.path("name").asText();
            String tag = image.path("newTag").asText();
            if (tag.isEmpty() || tag.equals("latest")) {
                throw new IllegalStateException(service + ": k8s/base/kustomization.yaml must give a tag other than latest");
            }
            images.add(new ServiceImage(service, image.path("newName").asText(), tag, httpPort(root, service)));
        }
        return images;
    }

    /** quarkus.http.port from the service's application.properties: what the image exposes. */
    static int httpPort(Path root, String service) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(root.resolve(service).resolve("src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        return Integer.parseInt(properties.getProperty("quarkus.http.port").trim());
    }
}

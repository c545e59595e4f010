package in.haat.k8s.images;

import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.JibContainer;
import com.google.cloud.tools.jib.api.JibContainerBuilder;
import com.google.cloud.tools.jib.api.LogEvent;
import com.google.cloud.tools.jib.api.RegistryImage;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.FilePermissions;
import com.google.cloud.tools.jib.api.buildplan.ImageFormat;
import com.google.cloud.tools.jib.api.buildplan.Port;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Builds the five services' container images without a Docker daemon, with Jib: OCI tarballs in target/images
 * (CI), or pushed to the registry named in k8s/base/kustomization.yaml (a release). Each image is the service's
 * Quarkus application in /deployments (aot-jar layout; dependencies, generated code and the application in three
 * layers), run as the non-root user 185 by {@code java -jar}, exposing the service's port.
 *
 * <pre>
 *   --root=DIR              the repository
 *   --out=DIR               where tarballs and images.properties (reference and digest per service) go
 *   --base=ci-local|production   ci-local: LocalBase (CI); production: --production-base, pinned by digest
 *   --production-base=REF   the production base image
 *   --target=tar|registry   registry pushes (credentials: HAAT_REGISTRY_USERNAME, HAAT_REGISTRY_PASSWORD)
 * </pre>
 */
public final class ImageBuilder {

    static final String APP_DIR = "/deployments";
    /** Container-aware heap; an OutOfMemoryError ends the JVM so that Kubernetes restarts the pod. */
    static final List<String> ENTRYPOINT = List.of("java", "-XX:MaxRAMPercentage=75.0", "-XX:+ExitOnOutOfMemoryError",
            "-Djava.util.logging.manager=org.jboss.logmanager.LogManager", "-jar", APP_DIR + "/quarkus-run.jar");

    private ImageBuilder() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            options.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        Path root = Path.of(options.get("root")).toAbsolutePath();
        Path out = Files.createDirectories(Path.of(options.get("out")).toAbsolutePath());
        boolean ciLocal = options.getOrDefault("base", "ci-local").equals("ci-local");
        boolean push = options.getOrDefault("target", "tar").equals("registry");
        if (ciLocal && push) {
            throw new IllegalArgumentException("the ci-local base is never published: push with --base=production");
        }
        String productionBase = options.get("production-base");
        if (!ciLocal && !productionBase.contains("@sha256:")) {
            throw new IllegalArgumentException("the production base must be pinned by digest: " + productionBase);
        }

        LocalBase localBase = new LocalBase(out.resolve("ci-base"));
        List<FileEntriesLayer> baseLayers = ciLocal ? localBase.layers() : List.of();
        Map<String, String> built = new ConcurrentSkipListMap<>();
        List<ServiceImage> images = ServiceImage.all(root);
        // The first image alone, so that it fills the layer caches with the base every image shares; then the others
        // side by side: compressing each one's own layers is CPU work of one thread, and the build machine has two.
        Build how = new Build(root, out, ciLocal, push, productionBase, localBase, baseLayers);
        build(images.getFirst(), how, built);
        ExecutorService pool = Executors.newFixedThreadPool(
                Math.max(2, Runtime.getRuntime().availableProcessors()));
        try {
            List<Future<?>> rest = new ArrayList<>();
            for (ServiceImage image : images.subList(1, images.size())) {
                rest.add(pool.submit(() -> {
                    build(image, how, built);
                    return null;
                }));
            }
            for (Future<?> image : rest) {
                image.get();
            }
        } finally {
            pool.shutdownNow();
        }
        StringBuilder index = new StringBuilder("# service=reference@digest, written by ImageBuilder\n");
        built.forEach((service, reference) -> index.append(service).append('=').append(reference).append('\n'));
        Files.writeString(out.resolve("images.properties"), index);
    }

    /** What every image of one run is built from and into. */
    private record Build(Path root, Path out, boolean ciLocal, boolean push, String productionBase, LocalBase localBase,
            List<FileEntriesLayer> baseLayers) {
    }

    /** Builds one service's image and records its reference and digest in {@code built}. */
    private static void build(ServiceImage image, Build how, Map<String, String> built) throws Exception {
        Path root = how.root();
        Path out = how.out();
        boolean ciLocal = how.ciLocal();
        String productionBase = how.productionBase();
        LocalBase localBase = how.localBase();
        long started = System.nanoTime();
        JibContainerBuilder builder = ciLocal ? Jib.fromScratch() : Jib.from(RegistryImage.named(productionBase));
        how.baseLayers().forEach(builder::addFileEntriesLayer);
        Map<String, String> environment = new TreeMap<>(ciLocal ? localBase.environment() : Map.of());
        environment.put("LANG", "C.UTF-8");
        Map<String, String> labels = new TreeMap<>(ciLocal ? localBase.provenance() : Map.of("in.haat.base", productionBase));
        labels.putAll(labels(image));
        addApplication(builder, image.quarkusApp(root))
                .setEntrypoint(ENTRYPOINT)
                .setWorkingDirectory(AbsoluteUnixPath.get(APP_DIR))
                .setUser(LocalBase.USER)
                .setExposedPorts(Port.tcp(image.port()))
                .setEnvironment(environment)
                .setLabels(labels)
                .setFormat(ImageFormat.OCI)
                .setCreationTime(Instant.EPOCH);
        Containerizer containerizer = how.push() ? Containerizer.to(registry(image.reference()))
                : Containerizer.to(TarImage.at(out.resolve(image.service() + ".tar")).named(image.reference()));
        JibContainer container = builder.containerize(containerizer
                .setApplicationLayersCache(out.resolve("jib-cache"))
                .setBaseImageLayersCache(out.resolve("jib-base-cache"))
                .setToolName("haat-image-builder")
                .addEventHandler(LogEvent.class, event -> {
                    if (event.getLevel().compareTo(LogEvent.Level.WARN) <= 0) {
                        System.out.println("[jib] " + event.getMessage());
                    }
                }));
        built.put(image.service(), image.reference() + "@" + container.getDigest());
        System.out.printf("image %s: %s in %.1f s%n", image.reference(), container.getDigest(),
                (System.nanoTime() - started) / 1e9);
    }

    /** What ImageConfigMatchesManifestsTest compares with the Deployments. */
    static Map<String, String> labels(ServiceImage image) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("org.opencontainers.image.title", image.service());
        labels.put("org.opencontainers.image.version", image.tag());
        labels.put("in.haat.port", String.valueOf(image.port()));
        labels.put("in.haat.health.started", ServiceImage.STARTED_PATH);
        labels.put("in.haat.health.live", ServiceImage.LIVE_PATH);
        labels.put("in.haat.health.ready", ServiceImage.READY_PATH);
        return labels;
    }

    /** The application in three layers, rarely to often changed: dependencies, Quarkus' generated code, the application. */
    private static JibContainerBuilder addApplication(JibContainerBuilder builder, Path app) throws java.io.IOException {
        if (!Files.exists(app.resolve("quarkus-run.jar"))) {
            throw new IllegalStateException(app + "/quarkus-run.jar is missing: package the service first");
        }
        AbsoluteUnixPath target = AbsoluteUnixPath.get(APP_DIR);
        Instant time = Instant.ofEpochSecond(1);
        return builder
                .addFileEntriesLayer(tree("lib", app.resolve("lib"), target.resolve("lib"), time))
                .addFileEntriesLayer(tree("quarkus", app.resolve("quarkus"), target.resolve("quarkus"), time))
                .addFileEntriesLayer(FileEntriesLayer.builder().setName("app")
                        .addEntryRecursive(app.resolve("app"), target.resolve("app"), ImageBuilder::readable, (s, t) -> time)
                        .addEntry(app.resolve("quarkus-run.jar"), target.resolve("quarkus-run.jar"),
                                FilePermissions.fromOctalString("644"), time)
                        .build());
    }

    private static FileEntriesLayer tree(String name, Path source, AbsoluteUnixPath target, Instant time) throws java.io.IOException {
        return FileEntriesLayer.builder().setName(name)
                .addEntryRecursive(source, target, ImageBuilder::readable, (s, t) -> time).build();
    }

    /** Owned by root and read-only for the service's user: it can change nothing of the application. */
    private static FilePermissions readable(Path source, AbsoluteUnixPath target) {
        return FilePermissions.fromOctalString(Files.isDirectory(source) ? "755" : "644");
    }

    private static RegistryImage registry(String reference) throws Exception {
        RegistryImage image = RegistryImage.named(reference);
        String user = System.getenv("HAAT_REGISTRY_USERNAME");
        if (user != null) {
            image.addCredential(user, System.getenv("HAAT_REGISTRY_PASSWORD"));
        }
        return image;
    }
}

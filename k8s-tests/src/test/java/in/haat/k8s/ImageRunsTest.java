package in.haat.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An image runs as built, without Docker: auth-service's layers unpacked into a directory and its entrypoint run
 * there with chroot as the image's user, in namespaces of its own (as root, which CI is). It starts and answers
 * the probes' paths, and writes nothing outside /tmp (the pod's only writable mount). The database and Kafka are
 * left unreachable on purpose: the service is live but not started (the outbox producer has no broker), so the
 * startup probe keeps waiting, as it must.
 */
class ImageRunsTest {

    private static final Path IMAGES = Path.of(System.getProperty("haat.images", "target/images"));

    @Test
    void authServiceStartsFromItsImageAsItsUserAndWritesOnlyTmp(@TempDir Path work) throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of("/usr/bin/unshare"))
                && Files.isExecutable(Path.of("/usr/sbin/chroot")), "needs root, unshare and chroot (CI has them)");
        Path image = IMAGES.resolve("auth-service.tar");
        OciImage oci = OciImage.read(image);
        JsonNode config = oci.config().path("config");
        Path rootfs = Files.createDirectories(work.resolve("rootfs")).toRealPath();
        run(work, "tar", "xf", image.toString(), "-C", work.toString());
        for (JsonNode layer : oci.manifest().path("layers")) {
            run(work, "tar", "xzf", work.resolve(OciImage.blob(layer.path("digest").asText())).toString(), "-C", rootfs.toString());
        }
        Files.createDirectories(rootfs.resolve("proc"));

        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String user = config.path("User").asText();
        List<String> command = new ArrayList<>(List.of("/usr/bin/unshare", "--mount", "--pid", "--fork", "--kill-child", "/bin/sh", "-c",
                "/bin/mount -t proc proc \"$0/proc\" && u=\"$1\" && shift && exec /usr/sbin/chroot --userspec=\"$u:$u\" \"$0\" \"$@\"", rootfs.toString(), user));
        config.path("Entrypoint").forEach(arg -> command.add(arg.asText()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("service.log").toFile());
        Map<String, String> env = builder.environment();
        env.clear();
        config.path("Env").forEach(v -> env.put(v.asText().substring(0, v.asText().indexOf('=')), v.asText().substring(v.asText().indexOf('=') + 1)));
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("HAAT_DB_PORT", "1");
        env.put("QUARKUS_FLYWAY_MIGRATE_AT_START", "false");
        env.put("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:1");
        env.put("JAVA_TOOL_OPTIONS", "-Xmx160m -XX:+UseSerialGC");

        Process service = builder.start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            assertEquals(200, awaitStatus(http, service, port, "/q/health/live", work), "live");
            // Without Kafka the outbox producer is down: not started (the startup probe keeps waiting), not ready.
            // SmallRye's check counts the producer's connections, and a connection being attempted counts for the
            // moment it takes to be refused, so one read can say UP (seen once in CI): it must say DOWN on re-reads.
            assertEquals(503, awaitStarted503(http, port), "started waits for Kafka");
        } finally {
            stop(rootfs, service);
        }

        List<String> writtenOutsideTmp = new ArrayList<>();
        List<String> writtenInTmp = new ArrayList<>();
        try (Stream<Path> files = Files.walk(rootfs)) {
            for (Path file : files.toList()) {
                if (Files.isSymbolicLink(file) || file.startsWith(rootfs.resolve("proc"))) {
                    continue;
                }
                int uid = (Integer) Files.getAttribute(file, "unix:uid");
                if (uid == Integer.parseInt(user)) {
                    (file.startsWith(rootfs.resolve("tmp")) ? writtenInTmp : writtenOutsideTmp).add(rootfs.relativize(file).toString());
                }
            }
        }
        assertEquals(List.of(), writtenOutsideTmp, "the service wrote outside /tmp");
        assertTrue(!writtenInTmp.isEmpty(), "the service ran as user " + user + " and wrote its JVM data to /tmp");
    }

    private static int awaitStatus(HttpClient http, Process service, int port, String path, Path work) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline) {
            if (!service.isAlive()) {
                throw new AssertionError("the service exited: " + Files.readString(work.resolve("service.log")));
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return 200;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError(path + " not 200 within 240 s: " + Files.readString(work.resolve("service.log")));
    }

    /**
     * The service is the init of its own PID namespace and runs as another user, so it outlives unshare (changing
     * user clears the parent-death signal): find it by its root directory and kill it, which ends the namespace.
     */
    private static void stop(Path rootfs, Process unshare) throws Exception {
        for (ProcessHandle process : ProcessHandle.allProcesses().toList()) {
            try {
                if (Files.readSymbolicLink(Path.of("/proc", String.valueOf(process.pid()), "root")).equals(rootfs)) {
                    process.destroy();
                    if (!process.onExit().completeOnTimeout(null, 15, TimeUnit.SECONDS).thenApply(p -> p != null).get()) {
                        process.destroyForcibly();
                    }
                }
            } catch (IOException gone) {
                // exited meanwhile, or not ours to read
            }
        }
        unshare.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    private static int awaitStarted503(HttpClient http, int port) throws Exception {
        int last = 0;
        for (int read = 0; read < 10 && last != 503; read++) {
            Thread.sleep(read == 0 ? 0 : 300);
            last = status(http, port, "/q/health/started");
        }
        return last;
    }

    private static int status(HttpClient http, int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(90)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static void run(Path dir, String... command) throws Exception {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS) && process.exitValue() == 0, String.join(" ", command));
    }
}

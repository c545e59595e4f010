package in.haat.bench.chaos;

import in.haat.bench.Suite;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The suite ./haat up runs on this machine, as ./haat chaos handles it: each part's pid (.haat/pids), kill -9 of it,
 * ./haat up to bring back whatever is missing, readiness, and the services' databases.
 */
final class LocalSuite {

    static final Map<String, String> PORT_VARIABLES = Map.of("order-service", "HAAT_ORDER_PORT", "inventory-service", "HAAT_INVENTORY_PORT",
            "ondc-gateway-service", "HAAT_GATEWAY_PORT", "catalogue-service", "HAAT_CATALOGUE_PORT", "auth-service", "HAAT_AUTH_PORT");
    private static final Map<String, String> DEFAULT_PORTS = Map.of("HAAT_ORDER_PORT", "8084", "HAAT_INVENTORY_PORT", "8083",
            "HAAT_GATEWAY_PORT", "8080", "HAAT_CATALOGUE_PORT", "8082", "HAAT_AUTH_PORT", "8081");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    final Path root = Path.of(env("HAAT_ROOT", ".")).toAbsolutePath().normalize();

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    int kafkaPort() {
        return Integer.parseInt(env("HAAT_KAFKA_PORT", "9092"));
    }

    String bootstrap() {
        return "localhost:" + kafkaPort();
    }

    /** A service's database connection by the fault checks' short names (order, inventory, gateway). */
    Connection connect(String service) throws SQLException {
        return Suite.database("gateway".equals(service) ? "haat_gateway" : "haat_" + service);
    }

    /** Kills a part (kafka, or a service module) with SIGKILL, as kill -9 does, and answers when it is gone. */
    long kill(String target) throws Exception {
        Path pidFile = root.resolve(".haat/pids/" + ("broker".equals(target) ? "kafka" : target) + ".pid");
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException(target + " (pid " + pid + ") does not run"));
        process.destroyForcibly();
        process.onExit().get(30, TimeUnit.SECONDS);
        return System.nanoTime();
    }

    /**
     * Brings back what is missing with ./haat up (no seeding, no build: the jars that ran), and answers the moment
     * {@code target} was ready again: the broker accepting connections, a service answering /q/health/ready with 200.
     */
    long restart(String target) throws Exception {
        ProcessBuilder up = new ProcessBuilder(root.resolve("haat").toString(), "up").directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(root.resolve(".haat/logs/chaos-up.log").toFile()));
        up.environment().put("HAAT_SEED_DEMO", "false");
        up.environment().put("HAAT_SKIP_BUILD", "true");
        // After kill -9 the broker recovers every partition's log before it listens: over 60 s on a busy machine.
        up.environment().putIfAbsent("HAAT_KAFKA_START_TIMEOUT", "180");
        Process process = up.start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (!ready(target)) {
            if (System.nanoTime() > deadline || (!process.isAlive() && process.exitValue() != 0)) {
                throw new IllegalStateException(target + " did not come back; see .haat/logs/chaos-up.log");
            }
            Thread.sleep(100);
        }
        long ready = System.nanoTime();
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("./haat up failed; see .haat/logs/chaos-up.log");
        }
        return ready;
    }

    boolean ready(String target) {
        if ("broker".equals(target)) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("localhost", kafkaPort()), 500);
                return true;
            } catch (IOException e) {
                return false;
            }
        }
        String variable = PORT_VARIABLES.get(target);
        String url = "http://localhost:" + env(variable, DEFAULT_PORTS.get(variable)) + "/q/health/ready";
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

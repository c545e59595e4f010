package in.haat.e2e;

import in.haat.testinfra.LocalInfra;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One packaged Haat service run as its own JVM, the way ./haat up runs it, with its log in target/. */
final class ServiceProcess implements AutoCloseable {

    private static final Path ROOT = Path.of(System.getProperty("haat.root", "..")).toAbsolutePath().normalize();

    private final String module;
    private final Map<String, String> env;
    private final int port;
    private final Path log;
    private Process process;

    ServiceProcess(String module, String database, Map<String, String> extraEnv) {
        this(module, database, freePort(), extraEnv);
    }

    /** A service on a port chosen up front, for auth-service, whose URL the others must know before it starts. */
    ServiceProcess(String module, String database, int port, Map<String, String> extraEnv) {
        this.module = module;
        this.port = port;
        this.env = new HashMap<>(extraEnv);
        // Named after the database too: the suite's catalogue-service and OutboxAcrossRestartTest's run side by side.
        this.log = ROOT.resolve("e2e-tests/target").resolve(module + "-" + database + ".log");
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("HAAT_DB_HOST", LocalInfra.dbHost());
        env.put("HAAT_DB_PORT", LocalInfra.dbPort());
        env.put("HAAT_DB_NAME", LocalInfra.testDatabase(database));
        env.put("QUARKUS_DATASOURCE_USERNAME", LocalInfra.dbUser());
        if (!LocalInfra.dbPassword().isEmpty()) {
            env.put("QUARKUS_DATASOURCE_PASSWORD", LocalInfra.dbPassword());
        }
        env.put("KAFKA_BOOTSTRAP_SERVERS", LocalInfra.kafkaBootstrap());
        // PostgreSQL's connections (max_connections, 100 by default) are shared with the services' own test JVMs
        // running beside this module under ./haat test; ten each is more than two cores keep busy.
        env.putIfAbsent("HAAT_DB_POOL_SIZE", "10");
    }

    String url() {
        return "http://localhost:" + port;
    }

    /** Starts the JVM and waits until it is ready, with the suite's patience: it starts beside the suite's five. */
    ServiceProcess start() throws IOException, InterruptedException {
        launch();
        awaitReady(Duration.ofMinutes(5));
        return this;
    }

    /** Starts the JVM and answers at once; {@link #awaitReady} waits for it. It is killed if the test JVM exits first. */
    ServiceProcess launch() throws IOException {
        Path jar = ROOT.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./mvnw verify does)");
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        Files.createDirectories(log.getParent());
        // C1 only, as the test JVMs run: the suite's services live minutes, too short for C2 to repay its compile time.
        List<String> command = new ArrayList<>(List.of(java, "-Xmx192m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        // HAAT_E2E_JAVA_OPTS adds JVM options to every service the suite starts, e.g. a JFR recording to profile a run.
        String extra = System.getenv().getOrDefault("HAAT_E2E_JAVA_OPTS", "").replace("%m", module);
        command.addAll(Arrays.stream(extra.trim().split("\\s+")).filter(option -> !option.isEmpty()).toList());
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        Process started = builder.start();
        process = started;
        Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
        return this;
    }

    /** Kills the JVM without letting it shut down: what a crash or an OOM kill does. */
    void crash() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Asks the JVM to shut down and answers at once; {@link #close()} waits for it. */
    void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                crash();
            }
        }
    }

    /** Waits until /q/health/ready answers 200; fails if the JVM exits or {@code timeout} passes. */
    ServiceProcess awaitReady(Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new ExitedWhileStarting(module + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(module + " not ready within " + timeout + "; see " + log);
    }

    /** The JVM ended before it was ready. */
    static final class ExitedWhileStarting extends IllegalStateException {
        ExitedWhileStarting(String message) {
            super(message);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

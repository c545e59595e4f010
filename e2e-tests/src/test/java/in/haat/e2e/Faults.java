package in.haat.e2e;

import static org.awaitility.Awaitility.await;

import in.haat.bench.chaos.Ledger;
import in.haat.bench.chaos.OrderStream;
import in.haat.testinfra.LocalInfra;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * kill -9 and restart of the suite's parts while orders flow: the broker (the one ./haat test started for this
 * module, from its pid file in HAAT_STATE, started again with deploy/infra.sh on the same state and ports),
 * order-service, inventory-service and the gateway (the suite's processes, started again on the same port and
 * database). Each answers the moments of the kill and of being ready again.
 */
final class Faults {

    private static final Path ROOT = Path.of(System.getProperty("haat.root", "..")).toAbsolutePath().normalize();
    /** Where ./haat keeps the broker's pid and data: e2e-tests' own broker under ./haat test, else .haat. */
    private static final Path STATE = Path.of(LocalInfra.setting("HAAT_STATE", ROOT.resolve(".haat").toString()));
    private static final Path BROKER_PID = STATE.resolve("pids/kafka.pid");

    /** When a part was killed and when it was ready again (System.nanoTime). */
    record Outage(String target, long killedNanos, long readyNanos) {
        Ledger.Recovery recovery(Ledger ledger) {
            return ledger.recovery(target, killedNanos, readyNanos);
        }
    }

    private final OrderSuite suite;

    Faults(OrderSuite suite) {
        this.suite = suite;
    }

    /** Whether the broker is one ./haat started (its pid file names a live process), so this test may kill it. */
    static boolean brokerIsOurs() throws IOException {
        return Files.exists(BROKER_PID) && ProcessHandle.of(Long.parseLong(Files.readString(BROKER_PID).trim())).isPresent();
    }

    /** Kills the broker with SIGKILL and answers when it was killed; {@link #startBroker} brings it back. */
    long killBroker() throws Exception {
        ProcessHandle broker = ProcessHandle.of(Long.parseLong(Files.readString(BROKER_PID).trim())).orElseThrow();
        broker.destroyForcibly();
        broker.onExit().get(30, TimeUnit.SECONDS);
        return System.nanoTime();
    }

    /** Starts the broker again on its data (deploy/infra.sh up) and answers when it accepts connections again. */
    long startBroker() throws Exception {
        ProcessBuilder up = new ProcessBuilder("bash", ROOT.resolve("deploy/infra.sh").toString(), "up").directory(ROOT.toFile())
                .redirectErrorStream(true).redirectOutput(ROOT.resolve("e2e-tests/target/infra-restart.log").toFile());
        // After kill -9 the broker recovers every partition's log before it listens: over 60 s on a busy machine.
        up.environment().put("HAAT_KAFKA_START_TIMEOUT", "180");
        up.environment().put("HAAT_STATE", STATE.toString());
        up.environment().put("HAAT_KAFKA_PORT", LocalInfra.setting("HAAT_KAFKA_PORT", "9092"));
        up.environment().put("HAAT_KAFKA_CONTROLLER_PORT", LocalInfra.setting("HAAT_KAFKA_CONTROLLER_PORT", "9093"));
        Process infra = up.start();
        String[] bootstrap = LocalInfra.kafkaBootstrap().split(",")[0].split(":");
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(100))
                .until(() -> accepts(bootstrap[0], Integer.parseInt(bootstrap[1])));
        long ready = System.nanoTime();
        if (!infra.waitFor(3, TimeUnit.MINUTES) || infra.exitValue() != 0) {
            throw new IllegalStateException("deploy/infra.sh up failed; see e2e-tests/target/infra-restart.log");
        }
        return ready;
    }

    /** kill -9 of a service (order, inventory or gateway), started again at once; waits until it is ready. */
    Outage killAndRestart(String service) throws Exception {
        ServiceProcess process = switch (service) {
            case "order" -> null;
            case "inventory" -> suite.inventory;
            case "gateway" -> suite.gateway;
            default -> throw new IllegalArgumentException(service);
        };
        long killed;
        if (process == null) {
            suite.crashOrderService();
            killed = System.nanoTime();
            suite.restartOrderService();
        } else {
            process.crash();
            killed = System.nanoTime();
            try {
                process.launch().awaitReady(Duration.ofMinutes(5));
            } catch (ServiceProcess.ExitedWhileStarting e) {
                // On a busy machine a JVM may time out on its first database connection; OrderSuite does the same.
                process.launch().awaitReady(Duration.ofMinutes(5));
            }
        }
        return new Outage(service, killed, System.nanoTime());
    }

    /** Waits until callbacks flow again after a restart: the first request waiting at ready is answered (or none waited). */
    static void awaitFlowing(OrderStream stream, Outage outage, Duration patience) {
        await().atMost(patience).pollInterval(Duration.ofMillis(200)).until(() -> {
            Ledger.Recovery recovery = outage.recovery(stream.ledger());
            return recovery.waiting() == 0 || recovery.firstMillis() >= 0;
        });
        System.out.println("fault suite: " + outage.target() + " back, callbacks flowing");
    }

    /** Waits until {@code count} more /on_confirm have arrived: orders flow again at their steady rate. */
    static void awaitOrdersFlowing(OrderStream stream, int count, Duration patience) {
        long before = confirmed(stream);
        await().atMost(patience).pollInterval(Duration.ofMillis(200)).until(() -> confirmed(stream) >= before + count);
    }

    private static long confirmed(OrderStream stream) {
        return stream.ledger().acked("confirm").stream().filter(r -> !stream.ledger().answers(r).isEmpty()).count();
    }

    private static boolean accepts(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}

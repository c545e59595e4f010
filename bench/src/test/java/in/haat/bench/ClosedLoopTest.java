package in.haat.bench;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** A load run against a suite that stopped answering fails instead of waiting forever. */
class ClosedLoopTest {

    @Test
    void aServerThatNeverAnswersFailsTheRunAndLeavesNoClientRunning() throws Exception {
        List<Socket> held = new CopyOnWriteArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = Thread.ofVirtual().start(() -> {
                while (!silent.isClosed()) {
                    try {
                        held.add(silent.accept()); // read nothing, answer nothing: a hung suite
                    } catch (Exception closed) {
                        return;
                    }
                }
            });
            URI uri = URI.create("http://127.0.0.1:" + silent.getLocalPort() + "/");
            ExecutionException failed = assertThrows(ExecutionException.class, () -> ClosedLoop.http(4, Duration.ofSeconds(1), 200,
                    client -> HttpRequest.newBuilder(uri).timeout(Duration.ofMillis(500)).GET().build()));
            assertInstanceOf(SocketTimeoutException.class, failed.getCause());
            Thread.sleep(500);
            assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().startsWith("pool-") && t.isAlive()),
                    "the run's client threads ended");
            acceptor.interrupt();
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
    }

    @Test
    void aRequestWithoutTimeoutIsRefused() {
        ExecutionException failed = assertThrows(ExecutionException.class, () -> ClosedLoop.http(1, Duration.ofSeconds(1), 200,
                client -> HttpRequest.newBuilder(URI.create("http://127.0.0.1:9/")).GET().build()));
        assertInstanceOf(IllegalArgumentException.class, failed.getCause());
    }
}

package in.haat.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The load client's answers: status and body, sized or chunked, on one kept-alive connection. */
class KeepAliveHttpTest {

    private HttpServer server;
    private final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        server.createContext("/echo", exchange -> {
            clientPorts.add(exchange.getRemoteAddress().getPort());
            byte[] body = ("echo " + exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + exchange.getRequestHeaders().getFirst("X-Test") + " " + new String(exchange.getRequestBody().readAllBytes(),
                            StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            boolean chunked = exchange.getRequestURI().getQuery() != null;
            exchange.sendResponseHeaders(chunked ? 202 : 201, chunked ? 0 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                for (byte b : body) {
                    out.write(b);
                    if (chunked) {
                        out.flush(); // one chunk a byte
                    }
                }
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void sizedAndChunkedAnswersArriveWholeOnOneConnection() throws Exception {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        try (KeepAliveHttp http = new KeepAliveHttp()) {
            KeepAliveHttp.Answer sized = http.send(HttpRequest.newBuilder(URI.create(base + "/echo")).header("X-Test", "one")
                    .timeout(Duration.ofSeconds(5)).POST(HttpRequest.BodyPublishers.ofString("{\"quantity\": 1}")).build());
            assertEquals(201, sized.status());
            assertEquals("echo POST /echo one {\"quantity\": 1}", sized.body());

            KeepAliveHttp.Answer chunked = http.send(HttpRequest.newBuilder(URI.create(base + "/echo?chunks=1")).header("X-Test", "two")
                    .timeout(Duration.ofSeconds(5)).PUT(HttpRequest.BodyPublishers.ofByteArray("नमस्ते".getBytes(StandardCharsets.UTF_8))).build());
            assertEquals(202, chunked.status());
            assertEquals("echo PUT /echo?chunks=1 two नमस्ते", chunked.body());

            KeepAliveHttp.Answer empty = http.send(HttpRequest.newBuilder(URI.create(base + "/echo")).header("X-Test", "three")
                    .timeout(Duration.ofSeconds(5)).GET().build());
            assertEquals("echo GET /echo three ", empty.body());
        }
        assertEquals(1, clientPorts.size(), "every request on the same connection");
    }
}

package in.haat.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The benchmarks' callback endpoint ACKs every callback, sized or chunked, and counts each message id once. */
class BuyerSinkTest {

    private static String callback(String messageId, int items) {
        return "{\"context\":{\"action\":\"on_search\",\"message_id\":\"" + messageId + "\"},\"message\":{\"catalog\":{\"bpp/providers\":"
                + "[{\"id\":\"P1\",\"items\":[" + "{\"id\":\"I\"},".repeat(items).replaceAll(",$", "") + "]}]}}}";
    }

    @Test
    void everyCallbackIsAckedAndEachMessageIdCountedOnce() throws Exception {
        try (BuyerSink sink = new BuyerSink(); KeepAliveHttp http = new KeepAliveHttp()) {
            URI uri = URI.create(sink.bapUri() + "/on_search");
            for (String body : new String[] {callback("m1", 2), callback("m1", 2), callback("m2", 3)}) {
                KeepAliveHttp.Answer answer = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
                assertEquals(200, answer.status());
                assertEquals("{\"message\":{\"ack\":{\"status\":\"ACK\"}}}", answer.body());
            }
            // The JDK client sends a body of unknown length chunked.
            byte[] chunked = callback("m3", 4).getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                    HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).POST(HttpRequest.BodyPublishers.ofInputStream(
                            () -> new ByteArrayInputStream(chunked))).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode());
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (sink.callbacks() < 3 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertEquals(3, sink.callbacks());
            assertEquals(1, sink.pages("m1").size(), "a page sent again is kept once");
            assertEquals(2, sink.items("m1"));
            assertEquals(4, sink.items("m3"));
        }
    }
}

package in.haat.buyer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The buyer app's callback server: a journey that closes it on the callback it waited for never cuts that callback's ACK off. */
class CallbackServerTest {

    private static final String CALLBACK = "{\"context\":{\"action\":\"on_update\",\"transaction_id\":\"t\",\"message_id\":\"m\"},\"message\":{}}";

    @Test
    void theAckIsSentBeforeAJourneyWaitingForTheCallbackCanCloseTheServer() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        // A race when the callback is handed to the journey before it is answered: many rounds make losing it likely.
        for (int round = 0; round < 50; round++) {
            CallbackServer server = new CallbackServer(0);
            CompletableFuture<Void> journey = CompletableFuture.runAsync(() -> {
                try {
                    server.await(c -> true, Duration.ofSeconds(10));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                server.close();
            });
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/bap/on_update"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(CALLBACK)).build(),
                    HttpResponse.BodyHandlers.ofString());
            journey.get();
            int r = round;
            assertEquals(200, answer.statusCode(), () -> "round " + r);
            assertTrue(answer.body().contains("\"ACK\""), () -> "round " + r + ": " + answer.body());
        }
    }
}

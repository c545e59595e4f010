package in.haat.gateway.search;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import in.haat.events.EventEnvelope;
import in.haat.events.TraceContext;
import in.haat.gateway.FakeBuyerApp;
import in.haat.testinfra.TestTopics;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * Searches are answered in batches, one transaction each (issue 15): a burst of searches with one among them that can
 * never be answered (its request was never accepted, so no callback may go out for it) still gets every other search
 * its one /on_search, with what matched, and never a second one.
 */
@QuarkusTest
class SearchBatchTest extends SearchTestBase {

    private static final int SEARCHES = 24;

    @Test
    void aBurstOfSearchesWithOneUnanswerableGetsEveryOtherAnsweredOnce() throws Exception {
        String word = "vada" + UUID.randomUUID().toString().substring(0, 6);
        UUID seller = UUID.randomUUID();
        UUID storefront = UUID.randomUUID();
        UUID item = UUID.randomUUID();
        fixtures.storefront(SearchFixtures.storefront(seller, storefront));
        fixtures.items(List.of(SearchFixtures.item(seller, storefront, item, "Medu " + word, 60)));
        String intent = "{\"item\":{\"descriptor\":{\"name\":\"" + word + "\"}}}";

        // Sent back to back, so that the gateway's consumer finds several in one poll, the unanswerable one among them.
        Map<String, Integer> once = new HashMap<>();
        for (int i = 0; i < SEARCHES; i++) {
            if (i == SEARCHES / 2) {
                kafka.produceStrings().fromRecords(neverAccepted(intent)).awaitCompletion();
            }
            once.put(fixtures.search(buyerApp, "ONDC:RET11", "std:080", UUID.randomUUID().toString(), intent)
                    .path("message_id").asText(), 1);
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> buyerApp.received().size() >= SEARCHES);
        Thread.sleep(2_000); // room for a second answer to any of them, or for one to the unanswerable search
        Map<String, Integer> answers = new HashMap<>();
        for (FakeBuyerApp.Received received : buyerApp.received()) {
            JsonNode callback = json.readTree(received.body());
            answers.merge(callback.path("context").path("message_id").asText(), 1, Integer::sum);
            JsonNode providers = callback.path("message").path("catalog").path("bpp/providers");
            assertEquals(1, providers.size(), "the storefront with the item");
            assertEquals(item.toString(), providers.get(0).path("items").get(0).path("id").asText());
        }
        assertEquals(once, answers, "each accepted search answered once, the unaccepted one never");
    }

    /** An ondc.search event whose request the gateway never accepted (nor logged): it can never be answered. */
    private ProducerRecord<String, String> neverAccepted(String intent) throws Exception {
        String transactionId = UUID.randomUUID().toString();
        JsonNode request = json.readTree("{\"context\":{\"domain\":\"ONDC:RET11\",\"action\":\"search\",\"core_version\":\"1.2.0\","
                + "\"bap_id\":\"localhost\",\"bap_uri\":\"" + buyerApp.uri() + "\",\"transaction_id\":\"" + transactionId + "\","
                + "\"message_id\":\"" + UUID.randomUUID() + "\",\"city\":\"std:080\",\"country\":\"IND\",\"timestamp\":\""
                + FakeBuyerApp.TIMESTAMP.format(Instant.now()) + "\",\"ttl\":\"PT30S\"},\"message\":{\"intent\":" + intent + "}}");
        return new ProducerRecord<>(TestTopics.of("haat.ondc.requests"), transactionId, codec.toJson(new EventEnvelope(UUID.randomUUID(),
                "ondc.search", 1, Instant.now(), transactionId, TraceContext.newTrace(), request)));
    }
}

package in.haat.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An envelope written straight from its payload object reads as the one written from the payload's tree. */
class EventCodecJsonTest {

    /** As Quarkus configures its mapper: dates as ISO text. */
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final EventCodec codec = new EventCodec(mapper);

    record Line(@JsonProperty("item_id") UUID itemId, int quantity, String note) {
    }

    record Payload(@JsonProperty("order_id") UUID orderId, List<Line> lines, Instant at, JsonNode context, String text,
            BigDecimal rate) {
    }

    @Test
    void theEnvelopeIsTheSameTextAsFromThePayloadsTree() {
        UUID id = UUID.randomUUID();
        Instant at = Instant.parse("2026-12-07T18:30:01.123456Z");
        Map<String, String> trace = Map.of("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
        Payload payload = new Payload(UUID.randomUUID(), List.of(new Line(UUID.randomUUID(), 3, null)), at,
                mapper.createObjectNode().put("bap_id", "buyer.example").put("ttl", "PT30S"),
                "नमस्ते \"quoted\" \u0001 \\ end", new BigDecimal("2.5"));

        String direct = codec.toJson(id, "order.created", 2, at, "key-1", trace, payload);

        assertEquals(codec.toJson(new EventEnvelope(id, "order.created", 2, at, "key-1", trace, mapper.valueToTree(payload))),
                direct);
        EventEnvelope read = codec.fromJson(direct);
        assertEquals("order.created", codec.typeOf(direct));
        assertEquals(payload.lines().get(0).itemId().toString(), read.payload().at("/lines/0/item_id").asText());
    }

    @Test
    void aDecimalKeepsItsScale() {
        String direct = codec.toJson(UUID.randomUUID(), "catalogue-item.upserted", 1, Instant.now(), "k", null,
                Map.of("selling_price", new BigDecimal("100.00")));

        // Through the payload's tree it was written 1E+2: the same number, not the seller's text.
        assertTrue(direct.contains("\"selling_price\":100.00"), direct);
        assertTrue(direct.contains("\"trace\":{}"), direct);
    }

    @Test
    void anEnvelopeWithoutItsRequiredFieldsIsNotWritten() {
        Instant now = Instant.now();
        UUID id = UUID.randomUUID();
        assertThrows(NullPointerException.class, () -> codec.toJson(id, "t", 1, now, null, null, Map.of()));
        assertThrows(NullPointerException.class, () -> codec.toJson(id, "t", 1, now, "k", null, null));
        assertThrows(NullPointerException.class, () -> codec.toJson(id, null, 1, now, "k", null, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> codec.toJson(id, "t", 0, now, "k", null, Map.of()));
    }
}

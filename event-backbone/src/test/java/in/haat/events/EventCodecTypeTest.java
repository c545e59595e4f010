package in.haat.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A consumer passes over events of other types by their type alone: {@link EventCodec#typeOf} reads just that. */
class EventCodecTypeTest {

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
    private final EventCodec codec = new EventCodec(mapper);

    @Test
    void theTypeOfAnEnvelopeIsReadWithoutDecodingTheRest() {
        EventEnvelope event = new EventEnvelope(UUID.randomUUID(), "catalogue-item.upserted", 1, Instant.now(), "k",
                TraceContext.newTrace(), mapper.valueToTree(Map.of("nested", Map.of("type", "not this one"))));
        assertEquals("catalogue-item.upserted", codec.typeOf(codec.toJson(event)));
        assertEquals("b", codec.typeOf("{\"payload\": {\"type\": \"a\"}, \"type\": \"b\"}"), "a nested type is not the envelope's");
    }

    @Test
    void whatDoesNotReadAsAnEnvelopeWithATypeHasNone() {
        assertNull(codec.typeOf("{\"not\": \"an envelope\" 7"));
        assertNull(codec.typeOf("{\"type\": 7}"));
        assertNull(codec.typeOf("[\"type\"]"));
        assertNull(codec.typeOf(""));
        assertNull(codec.typeOf("{\"id\": \"x\"}"));
    }
}

package in.haat.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Turns envelopes and their payloads into JSON and back, with the application's ObjectMapper. */
@ApplicationScoped
public class EventCodec {

    private final ObjectMapper mapper;
    /** A plain factory: the application's may wrap every parser in input filters that read the whole record first. */
    private static final JsonFactory TYPE_READER = new JsonFactory();

    public EventCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String toJson(EventEnvelope envelope) {
        try {
            return mapper.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise event " + envelope.id(), e);
        }
    }

    /**
     * The JSON of a new envelope whose payload is still the publisher's object, written straight from it: what
     * {@link #toJson(EventEnvelope)} writes, without first copying the payload into a tree (issue 15: that copy was most
     * of what a 10,000-item publish allocated). Decimals keep their scale here (the tree wrote 100.00 as 1E+2).
     */
    public String toJson(UUID id, String type, int version, Instant occurredAt, String key, Map<String, String> trace,
            Object payload) {
        try {
            return mapper.writeValueAsString(new Outgoing(id, type, version, occurredAt, key, trace, payload));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise event " + id, e);
        }
    }

    /** {@link EventEnvelope}'s fields, names and order with the payload as an object (EventCodecJsonTest keeps them equal). */
    record Outgoing(UUID id, String type, int version, @JsonProperty("occurred_at") Instant occurredAt, String key,
            Map<String, String> trace, Object payload) {

        Outgoing {
            EventEnvelope.check(id, type, version, occurredAt, key, payload);
            trace = trace == null ? Map.of() : trace;
        }
    }

    public EventEnvelope fromJson(String json) {
        try {
            EventEnvelope envelope = mapper.readValue(json, EventEnvelope.class);
            if (envelope == null) {
                throw new MalformedEventException("empty event", null);
            }
            return envelope;
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            throw new MalformedEventException("not a Haat event envelope: " + e.getMessage(), e);
        }
    }

    /**
     * The envelope's {@code type}, read with a streaming parser that stops there (it is the second field): enough to
     * pass over an event a consumer does not apply without decoding it (a 10,000-item catalogue call is 10,000 events
     * every seller-directory consumer skips). Null when the record does not read as an envelope with a type.
     */
    public String typeOf(String json) {
        try (JsonParser parser = TYPE_READER.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("type".equals(field)) {
                    return value == JsonToken.VALUE_STRING ? parser.getText() : null;
                }
                parser.skipChildren();
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    public JsonNode toPayload(Object payload) {
        return mapper.valueToTree(payload);
    }

    public <T> T payloadAs(EventEnvelope envelope, Class<T> type) {
        try {
            return mapper.treeToValue(envelope.payload(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedEventException(
                    "payload of " + envelope.type() + " " + envelope.id() + " is not a " + type.getSimpleName(), e);
        }
    }
}

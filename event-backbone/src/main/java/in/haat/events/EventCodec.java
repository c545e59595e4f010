package in.haat.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

/** Turns envelopes and their payloads into JSON and back, with the application's ObjectMapper. */
@ApplicationScoped
public class EventCodec {

    private final ObjectMapper mapper;

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

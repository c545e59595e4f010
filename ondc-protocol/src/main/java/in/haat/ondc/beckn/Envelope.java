package in.haat.ondc.beckn;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import in.haat.ondc.Extra;
import java.util.Map;

/**
 * A whole beckn message, request or callback: context, message of type {@code M} (retail's OrderMessage, IGM's
 * IssueMessage, or JsonNode) and, in a callback, the error. Read it with a TypeReference, e.g.
 * {@code new TypeReference<Envelope<OrderMessage>>() {}}. Fields this record does not name are kept.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Envelope<M>(
        Context context,
        M message,
        ErrorObject error,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public Envelope {
        extra = Extra.of(extra);
    }
}

package in.haat.ondc.beckn;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import in.haat.ondc.Extra;
import java.util.Map;

/**
 * The beckn error object of a callback or an answer: type, ONDC code (a string), path, message. Fields this record
 * does not name are kept in {@code extra} and written back.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorObject(
        String type,
        String code,
        String path,
        String message,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public ErrorObject {
        extra = Extra.of(extra);
    }
}

package in.haat.ondc.beckn;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import in.haat.ondc.Extra;
import java.util.Map;

/**
 * A code object, {@code {"code": "std:080"}}. Fields this record does not name are kept in {@code extra} and written
 * back.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Code(
        String code,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public Code {
        extra = Extra.of(extra);
    }
}

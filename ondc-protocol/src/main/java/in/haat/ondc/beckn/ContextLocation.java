package in.haat.ondc.beckn;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import in.haat.ondc.Extra;
import java.util.Map;

/**
 * IGM 2.0.0's {@code context.location}: city and country as codes. Fields this record does not name are kept in
 * {@code extra} and written back.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContextLocation(
        Code city,
        Code country,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public ContextLocation {
        extra = Extra.of(extra);
    }
}

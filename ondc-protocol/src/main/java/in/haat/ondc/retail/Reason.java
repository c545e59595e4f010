package in.haat.ondc.retail;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import in.haat.ondc.Extra;
import in.haat.ondc.beckn.TagGroup;
import java.util.List;
import java.util.Map;

/** A cancellation's reason: its ONDC reason id and state. Fields this record does not name are kept in {@code extra} and written back. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Reason(
        String id,
        String state,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public Reason {
        extra = Extra.of(extra);
    }
}

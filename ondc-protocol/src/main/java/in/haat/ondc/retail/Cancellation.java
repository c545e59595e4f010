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

/**
 * An order's cancellation: who cancelled it and why (reason id and the state it was cancelled in). Fields this record
 * does not name are kept in {@code extra} and written back.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Cancellation(
        @JsonProperty("cancelled_by") String cancelledBy,
        Reason reason,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public Cancellation {
        extra = Extra.of(extra);
    }
}

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

/** A cancellation fee: percentage and amount. Fields this record does not name are kept in {@code extra} and written back. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CancellationFee(
        String percentage,
        Price amount,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public CancellationFee {
        extra = Extra.of(extra);
    }
}

package in.haat.ondc.igm;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import in.haat.ondc.Extra;
import java.util.List;
import java.util.Map;

/**
 * IGM 1.0.0's {@code order_details}: the order an issue is about, its items and fulfilments (each {@code {id, ...}} as
 * the buyer app sent it) and the provider. Fields this record does not name are kept in {@code extra} and written back.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderDetails(
        String id,
        String state,
        List<JsonNode> items,
        List<JsonNode> fulfillments,
        @JsonProperty("provider_id") String providerId,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public OrderDetails {
        extra = Extra.of(extra);
    }
}

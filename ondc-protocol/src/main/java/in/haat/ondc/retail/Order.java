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
 * A retail order as select, init, confirm, update and their callbacks carry it. Fields this record does not name are
 * kept in {@code extra} and written back.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Order(
        String id,
        String state,
        Provider provider,
        List<Item> items,
        Billing billing,
        List<Fulfillment> fulfillments,
        Quote quote,
        Payment payment,
        List<TagGroup> tags,
        JsonNode cancellation,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("updated_at") String updatedAt,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public Order {
        extra = Extra.of(extra);
    }
}

package in.haat.ondc.retail;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import in.haat.ondc.Extra;
import in.haat.ondc.beckn.Descriptor;
import in.haat.ondc.beckn.TagGroup;
import java.util.List;
import java.util.Map;

/**
 * An order line: the item, its quantity, fulfilment and location, and (in callbacks) its price. Fields this record
 * does not name are kept in {@code extra} and written back.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Item(
        String id,
        @JsonProperty("fulfillment_id") String fulfillmentId,
        @JsonProperty("location_id") String locationId,
        @JsonProperty("parent_item_id") String parentItemId,
        @JsonProperty("category_id") String categoryId,
        ItemQuantity quantity,
        Descriptor descriptor,
        Price price,
        List<TagGroup> tags,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public Item {
        extra = Extra.of(extra);
    }
}

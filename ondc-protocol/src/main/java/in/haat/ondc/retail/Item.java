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

    /** An item line: id, fulfilment and count, nothing else. */
    public static Item of(String id, String fulfillmentId, int count) {
        return new Item(id, fulfillmentId, null, null, null, ItemQuantity.of(count), null, null, null, Map.of());
    }

    /** The count asked for; 0 when absent. */
    public int count() {
        return quantity == null || quantity.count() == null ? 0 : quantity.count();
    }

    public Item withFulfillmentId(String fulfillmentId) {
        return new Item(id, fulfillmentId, locationId, parentItemId, categoryId, quantity, descriptor, price, tags, extra);
    }

    public Item withQuantity(ItemQuantity quantity) {
        return new Item(id, fulfillmentId, locationId, parentItemId, categoryId, quantity, descriptor, price, tags, extra);
    }
}

package in.haat.ondc.retail;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import in.haat.ondc.Extra;
import java.util.Map;

/**
 * One line of a quote's breakup: an item, delivery, packing, tax, discount, ... Fields this record does not name are
 * kept in {@code extra} and written back.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Breakup(
        @JsonProperty("@ondc/org/item_id") String ondcItemId,
        @JsonProperty("@ondc/org/item_quantity") Count ondcItemQuantity,
        String title,
        @JsonProperty("@ondc/org/title_type") String ondcTitleType,
        Price price,
        BreakupItem item,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public Breakup {
        extra = Extra.of(extra);
    }

    public Breakup withOndcItemQuantity(Count ondcItemQuantity) {
        return new Breakup(ondcItemId, ondcItemQuantity, title, ondcTitleType, price, item, extra);
    }

    public Breakup withPrice(Price price) {
        return new Breakup(ondcItemId, ondcItemQuantity, title, ondcTitleType, price, item, extra);
    }
}

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
 * The item of a breakup line: its quantity and unit price. Fields this record does not name are kept in {@code extra}
 * and written back.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BreakupItem(
        @JsonProperty("parent_item_id") String parentItemId,
        ItemQuantity quantity,
        Price price,
        List<TagGroup> tags,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public BreakupItem {
        extra = Extra.of(extra);
    }
}

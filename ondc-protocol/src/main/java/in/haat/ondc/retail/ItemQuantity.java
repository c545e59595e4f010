package in.haat.ondc.retail;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import in.haat.ondc.Extra;
import java.util.Map;

/**
 * An item's quantity: the count asked for (requests), or selected, available and maximum counts. Fields this record
 * does not name are kept in {@code extra} and written back.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ItemQuantity(
        Integer count,
        Count selected,
        Count available,
        Count maximum,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public ItemQuantity {
        extra = Extra.of(extra);
    }

    /** {@code {"count": n}}. */
    public static ItemQuantity of(int count) {
        return new ItemQuantity(count, null, null, null, Map.of());
    }
}

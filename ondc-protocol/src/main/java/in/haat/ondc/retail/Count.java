package in.haat.ondc.retail;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import in.haat.ondc.Extra;
import java.util.Map;

/**
 * A count object, {@code {"count": 2}}; the count is kept as written (a number, or text such as a quote's available
 * "99") so it goes back as it came. Fields this record does not name are kept in {@code extra} and written back.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Count(
        JsonNode count,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public Count {
        extra = Extra.of(extra);
    }

    /** {@code {"count": n}}, a number. */
    public static Count of(int n) {
        return new Count(IntNode.valueOf(n), Map.of());
    }

    /** {@code {"count": "n"}}, as text (ONDC's quote item quantities). */
    public static Count text(String n) {
        return new Count(TextNode.valueOf(n), Map.of());
    }

    /** The count as a number (text read as its number); 0 when absent or not a number. */
    public int value() {
        return count == null ? 0 : count.asInt();
    }
}

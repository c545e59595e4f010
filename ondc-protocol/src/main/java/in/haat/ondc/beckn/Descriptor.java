package in.haat.ondc.beckn;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import in.haat.ondc.Extra;
import java.util.List;
import java.util.Map;

/**
 * A beckn descriptor: name, code, descriptions, images. Fields this record does not name are kept in {@code extra}
 * and written back.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Descriptor(
        String name,
        String code,
        @JsonProperty("short_desc") String shortDesc,
        @JsonProperty("long_desc") String longDesc,
        String symbol,
        List<JsonNode> images,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public Descriptor {
        extra = Extra.of(extra);
    }

    /** A descriptor of this code only. */
    public static Descriptor ofCode(String code) {
        return new Descriptor(null, code, null, null, null, null, Map.of());
    }

    /** A descriptor of this name only. */
    public static Descriptor ofName(String name) {
        return new Descriptor(name, null, null, null, null, null, Map.of());
    }
}

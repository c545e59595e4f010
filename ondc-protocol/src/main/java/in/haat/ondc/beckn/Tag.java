package in.haat.ondc.beckn;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import in.haat.ondc.Extra;
import java.util.Map;

/**
 * One tag of a group: code (or descriptor.code) and value. Fields this record does not name are kept in {@code extra}
 * and written back.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Tag(
        String code,
        Descriptor descriptor,
        String value,
        Boolean display,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public Tag {
        extra = Extra.of(extra);
    }

    /** {@code {"code": code, "value": value}}. */
    public static Tag of(String code, String value) {
        return new Tag(code, null, value, null, Map.of());
    }
}

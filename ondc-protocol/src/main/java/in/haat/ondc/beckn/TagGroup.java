package in.haat.ondc.beckn;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import in.haat.ondc.Extra;
import java.util.List;
import java.util.Map;

/**
 * A tag group: retail 1.2.x names it by {@code code}, newer specs by {@code descriptor.code}. Fields this record does
 * not name are kept in {@code extra} and written back.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TagGroup(
        String code,
        Descriptor descriptor,
        Boolean display,
        List<Tag> list,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public TagGroup {
        extra = Extra.of(extra);
    }

    /** {@code {"code": code, "list": [...]}}. */
    public static TagGroup of(String code, List<Tag> list) {
        return new TagGroup(code, null, null, list, Map.of());
    }

    /** The code (or descriptor.code). */
    public String groupCode() {
        return code != null ? code : descriptor == null ? null : descriptor.code();
    }
}

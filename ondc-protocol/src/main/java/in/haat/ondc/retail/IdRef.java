package in.haat.ondc.retail;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import in.haat.ondc.Extra;
import java.util.Map;

/**
 * A reference by id, {@code {"id": "L1"}}. Fields this record does not name are kept in {@code extra} and written
 * back.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IdRef(
        String id,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public IdRef {
        extra = Extra.of(extra);
    }
}

package in.haat.ondc.retail;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import in.haat.ondc.Extra;
import java.util.Map;

/**
 * A count object, {@code {"count": 2}} (a count written as text is read as its number). Fields this record does not
 * name are kept in {@code extra} and written back.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Count(
        Integer count,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public Count {
        extra = Extra.of(extra);
    }
}

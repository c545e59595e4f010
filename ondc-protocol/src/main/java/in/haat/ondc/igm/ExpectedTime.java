package in.haat.ondc.igm;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import in.haat.ondc.Extra;
import java.util.Map;

/**
 * An expected response or resolution time, {@code {"duration": "PT2H"}}. Fields this record does not name are kept in
 * {@code extra} and written back.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExpectedTime(
        String duration,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public ExpectedTime {
        extra = Extra.of(extra);
    }
}

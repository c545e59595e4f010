package in.haat.ondc.retail;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import in.haat.ondc.Extra;
import in.haat.ondc.beckn.TagGroup;
import java.util.List;
import java.util.Map;

/**
 * An /on_track answer: the fulfilment tracked, whether tracking is active, where it is and (1.2.5) its tags. Fields
 * this record does not name are kept in {@code extra} and written back.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Tracking(
        String id,
        String status,
        Location location,
        List<TagGroup> tags,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public Tracking {
        extra = Extra.of(extra);
    }
}

package in.haat.ondc.igm;

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
 * What an IGM 2.0.0 issue is about: an order, provider, fulfilment or item. Fields this record does not name are kept
 * in {@code extra} and written back.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IssueRef(
        @JsonProperty("ref_id") String refId,
        @JsonProperty("ref_type") String refType,
        List<TagGroup> tags,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public IssueRef {
        extra = Extra.of(extra);
    }
}

package in.haat.ondc.igm;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import in.haat.ondc.Extra;
import java.util.Map;

/**
 * A party to an IGM 2.0.0 issue: consumer, interfacing NP, counterparty NP. Fields this record does not name are kept
 * in {@code extra} and written back.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IssueActor(
        String id,
        String type,
        JsonNode info,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public IssueActor {
        extra = Extra.of(extra);
    }
}

package in.haat.ondc.igm;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import in.haat.ondc.Extra;
import java.util.List;
import java.util.Map;

/**
 * The message of an IGM request or callback: the issue (issue, on_issue), or its id (issue_status), with IGM 2.0.0's
 * update_target. Fields this record does not name are kept in {@code extra} and written back.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IssueMessage(
        Issue issue,
        @JsonProperty("issue_id") String issueId,
        @JsonProperty("update_target") List<JsonNode> updateTarget,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public IssueMessage {
        extra = Extra.of(extra);
    }
}

package in.haat.ondc.igm;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import in.haat.ondc.Extra;
import java.util.List;
import java.util.Map;

/** IGM 1.0.0's {@code issue_actions}: the complainant's and the respondent's actions, oldest first. Fields this record does not name are kept in {@code extra}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IssueActions(
        @JsonProperty("complainant_actions") List<IssueAction> complainantActions,
        @JsonProperty("respondent_actions") List<IssueAction> respondentActions,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public IssueActions {
        extra = Extra.of(extra);
    }
}

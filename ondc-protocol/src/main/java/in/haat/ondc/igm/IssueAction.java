package in.haat.ondc.igm;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import in.haat.ondc.Extra;
import java.util.Map;

/**
 * One IGM 1.0.0 action: a complainant's ({@code complainant_action} OPEN, ESCALATE, CLOSE) or a respondent's
 * ({@code respondent_action} PROCESSING, NEED-MORE-INFO, CASCADED, RESOLVED), when and by whom. Fields this record does
 * not name are kept in {@code extra} and written back.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IssueAction(
        @JsonProperty("complainant_action") String complainantAction,
        @JsonProperty("respondent_action") String respondentAction,
        @JsonProperty("short_desc") String shortDesc,
        @JsonProperty("updated_at") String updatedAt,
        @JsonProperty("updated_by") Party updatedBy,
        @JsonProperty("cascaded_level") Integer cascadedLevel,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public IssueAction {
        extra = Extra.of(extra);
    }
}

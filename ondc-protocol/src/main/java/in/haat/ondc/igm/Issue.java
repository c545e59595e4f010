package in.haat.ondc.igm;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import in.haat.ondc.Extra;
import in.haat.ondc.beckn.Descriptor;
import java.util.List;
import java.util.Map;

/**
 * An IGM issue, 1.0.0 (category, complainant_info, order_details, issue_actions) or 2.0.0 (level, refs, actors,
 * actions); the parts we do not act on stay JSON. Fields this record does not name are kept in {@code extra} and
 * written back.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Issue(
        String id,
        String category,
        @JsonProperty("sub_category") String subCategory,
        @JsonProperty("issue_type") String issueType,
        String status,
        String level,
        @JsonProperty("complainant_info") JsonNode complainantInfo,
        @JsonProperty("order_details") JsonNode orderDetails,
        Descriptor description,
        JsonNode source,
        @JsonProperty("expected_response_time") ExpectedTime expectedResponseTime,
        @JsonProperty("expected_resolution_time") ExpectedTime expectedResolutionTime,
        @JsonProperty("issue_actions") JsonNode issueActions,
        List<IssueRef> refs,
        List<IssueActor> actors,
        @JsonProperty("source_id") String sourceId,
        @JsonProperty("complainant_id") String complainantId,
        @JsonProperty("respondent_ids") List<String> respondentIds,
        @JsonProperty("resolution_provider") JsonNode resolutionProvider,
        JsonNode resolution,
        List<JsonNode> resolutions,
        List<JsonNode> actions,
        Descriptor descriptor,
        String rating,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("updated_at") String updatedAt,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public Issue {
        extra = Extra.of(extra);
    }
}

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
 * actions); the parts we do not act on (2.0.0 actions and resolutions, the source) stay JSON. Fields this record does not name are kept in {@code extra} and
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
        @JsonProperty("complainant_info") Party complainantInfo,
        @JsonProperty("order_details") OrderDetails orderDetails,
        Descriptor description,
        JsonNode source,
        @JsonProperty("expected_response_time") ExpectedTime expectedResponseTime,
        @JsonProperty("expected_resolution_time") ExpectedTime expectedResolutionTime,
        @JsonProperty("issue_actions") IssueActions issueActions,
        List<IssueRef> refs,
        List<IssueActor> actors,
        @JsonProperty("source_id") String sourceId,
        @JsonProperty("complainant_id") String complainantId,
        @JsonProperty("respondent_ids") List<String> respondentIds,
        @JsonProperty("resolution_provider") ResolutionProvider resolutionProvider,
        Resolution resolution,
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

    /** IGM 1.0.0's issue as the respondent answers it (/on_issue, /on_issue_status): its actions and, when known, resolution. */
    public static Issue answer(String id, IssueActions actions, ExpectedTime response, ExpectedTime resolutionTime,
            ResolutionProvider provider, Resolution resolution, String createdAt, String updatedAt) {
        return new Issue(id, null, null, null, null, null, null, null, null, null, response, resolutionTime, actions, null, null,
                null, null, null, provider, resolution, null, null, null, null, createdAt, updatedAt, Map.of());
    }

    /**
     * IGM 2.0.0's issue as the respondent returns it: the buyer's issue with its status and level now, the actors with
     * the respondent, every action so far (the last one's id as {@code last_action_id}) and the resolutions proposed.
     */
    public Issue answered(String newStatus, String newLevel, List<IssueActor> allActors, List<String> respondents,
            List<JsonNode> allResolutions, List<JsonNode> allActions, String lastActionId, String newUpdatedAt) {
        Map<String, JsonNode> fields = new java.util.LinkedHashMap<>(extra);
        fields.put("last_action_id", com.fasterxml.jackson.databind.node.TextNode.valueOf(lastActionId));
        return new Issue(id, category, subCategory, issueType, newStatus, newLevel, complainantInfo, orderDetails, description, source,
                expectedResponseTime, expectedResolutionTime, issueActions, refs, allActors, sourceId, complainantId, respondents,
                resolutionProvider, resolution, allResolutions, allActions, descriptor, rating, createdAt, newUpdatedAt, fields);
    }

    /** IGM 1.0.0's issue taken on to an ODR: the ODR {@code respondent} selected ({@code selected_odrs_info}) and finalized. */
    public Issue withOdr(Party respondent, Odr odr) {
        Map<String, JsonNode> fields = new java.util.LinkedHashMap<>(extra);
        fields.put("selected_odrs_info", in.haat.ondc.OndcJson.node(List.of(new Odr.Selected(respondent, List.of(odr)))));
        fields.put("finalized_odr", in.haat.ondc.OndcJson.tree(odr));
        return new Issue(id, category, subCategory, issueType, status, level, complainantInfo, orderDetails, description, source,
                expectedResponseTime, expectedResolutionTime, issueActions, refs, actors, sourceId, complainantId, respondentIds,
                resolutionProvider, resolution, resolutions, actions, descriptor, rating, createdAt, updatedAt, fields);
    }
}

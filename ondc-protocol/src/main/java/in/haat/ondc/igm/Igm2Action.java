package in.haat.ondc.igm;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import in.haat.ondc.Extra;
import in.haat.ondc.beckn.Descriptor;
import in.haat.ondc.retail.Person;
import java.util.Map;

/**
 * One IGM 2.0.0 action of {@code issue.actions}: its id, what it refers to, its code ({@code descriptor.code}: OPEN,
 * PROCESSING, INFO_REQUESTED, INFO_PROVIDED, RESOLVED, ESCALATED, CLOSED, ...), when, and by which actor. Fields this
 * record does not name are kept in {@code extra} and written back.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Igm2Action(
        String id,
        @JsonProperty("ref_id") String refId,
        @JsonProperty("ref_type") String refType,
        Descriptor descriptor,
        @JsonProperty("updated_at") String updatedAt,
        @JsonProperty("action_by") String actionBy,
        @JsonProperty("actor_details") Person actorDetails,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public Igm2Action {
        extra = Extra.of(extra);
    }
}

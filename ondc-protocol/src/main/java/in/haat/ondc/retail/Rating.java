package in.haat.ondc.retail;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import in.haat.ondc.Extra;
import java.util.Map;

/**
 * One rating of /rating: what is rated ({@code rating_category} Order, Item, Fulfillment, Provider and its id) and the
 * value, 1 to 5, which buyer apps send as text (ONDC) or a number (beckn); the feedback as sent. Fields this record does
 * not name are kept in {@code extra} and written back.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Rating(
        @JsonProperty("rating_category") String ratingCategory,
        String id,
        JsonNode value,
        @JsonProperty("feedback_form") JsonNode feedbackForm,
        @JsonProperty("feedback_id") String feedbackId,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public Rating {
        extra = Extra.of(extra);
    }
}

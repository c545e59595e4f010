package in.haat.ondc.retail;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import in.haat.ondc.Extra;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The message of /rating: ONDC's {@code ratings} list, or beckn's single rating written as the message itself
 * (retail-1.2.0-beckn.yaml: {@code message: Rating}). Fields this record does not name are kept in {@code extra}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RatingMessage(
        List<Rating> ratings,
        @JsonProperty("rating_category") String ratingCategory,
        String id,
        JsonNode value,
        @JsonProperty("feedback_form") JsonNode feedbackForm,
        @JsonProperty("feedback_id") String feedbackId,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public RatingMessage {
        extra = Extra.of(extra);
    }

    /** Every rating the message carries: the list's, then the single one if the message is one. */
    public List<Rating> all() {
        List<Rating> all = new ArrayList<>();
        if (ratings != null) {
            ratings.stream().filter(r -> r != null).forEach(all::add);
        }
        if (ratingCategory != null || id != null || value != null) {
            all.add(new Rating(ratingCategory, id, value, feedbackForm, feedbackId, Map.of()));
        }
        return all;
    }
}

package in.haat.ondc.retail;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The message of /on_rating (retail-1.2.0-beckn.yaml RatingAck): whether the rating and the feedback were recorded. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RatingAck(
        @JsonProperty("rating_ack") Boolean ratingAck,
        @JsonProperty("feedback_ack") Boolean feedbackAck) {
}

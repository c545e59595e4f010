package in.haat.ondc.rsf;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One order of a settlement the settlement agency answers (/on_settle, /on_report): what moved between the network
 * participants ({@code inter_participant}), to the provider, the collector's and the sender's own part, each with its
 * amount and status (SETTLED, NOT_SETTLED).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SettledOrder(
        String id,
        @JsonProperty("inter_participant") Party interParticipant,
        Party collector,
        Party provider,
        Party self) {

    /** A party's part of the order's settlement. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Party(
            String id,
            String name,
            Amount amount,
            @JsonProperty("settled_amount") Amount settledAmount,
            String status,
            @JsonProperty("reference_no") String referenceNo,
            JsonNode error) {
    }
}

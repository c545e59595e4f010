package in.haat.ondc.retail;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import in.haat.ondc.Extra;
import in.haat.ondc.beckn.TagGroup;
import java.util.List;
import java.util.Map;

/**
 * A fulfilment: delivery, self-pickup, cancel or return, with its state, stops and tags. Fields this record does not
 * name are kept in {@code extra} and written back.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Fulfillment(
        String id,
        String type,
        FulfillmentState state,
        Boolean tracking,
        @JsonProperty("@ondc/org/provider_name") String ondcProviderName,
        @JsonProperty("@ondc/org/category") String ondcCategory,
        @JsonProperty("@ondc/org/TAT") String ondcTAT,
        @JsonProperty("@ondc/org/state_updated_at") String ondcStateUpdatedAt,
        Stop start,
        Stop end,
        List<TagGroup> tags,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public Fulfillment {
        extra = Extra.of(extra);
    }

    /** A fulfilment of this id and type, nothing else. */
    public static Fulfillment of(String id, String type) {
        return new Fulfillment(id, type, null, null, null, null, null, null, null, null, null, null);
    }

    public Fulfillment withState(FulfillmentState state) {
        return new Fulfillment(id, type, state, tracking, ondcProviderName, ondcCategory, ondcTAT, ondcStateUpdatedAt, start, end, tags, extra);
    }

    public Fulfillment withTracking(Boolean tracking) {
        return new Fulfillment(id, type, state, tracking, ondcProviderName, ondcCategory, ondcTAT, ondcStateUpdatedAt, start, end, tags, extra);
    }

    public Fulfillment withOndcProviderName(String ondcProviderName) {
        return new Fulfillment(id, type, state, tracking, ondcProviderName, ondcCategory, ondcTAT, ondcStateUpdatedAt, start, end, tags, extra);
    }

    public Fulfillment withOndcCategory(String ondcCategory) {
        return new Fulfillment(id, type, state, tracking, ondcProviderName, ondcCategory, ondcTAT, ondcStateUpdatedAt, start, end, tags, extra);
    }

    public Fulfillment withOndcTAT(String ondcTAT) {
        return new Fulfillment(id, type, state, tracking, ondcProviderName, ondcCategory, ondcTAT, ondcStateUpdatedAt, start, end, tags, extra);
    }

    public Fulfillment withOndcStateUpdatedAt(String ondcStateUpdatedAt) {
        return new Fulfillment(id, type, state, tracking, ondcProviderName, ondcCategory, ondcTAT, ondcStateUpdatedAt, start, end, tags, extra);
    }

    public Fulfillment withStart(Stop start) {
        return new Fulfillment(id, type, state, tracking, ondcProviderName, ondcCategory, ondcTAT, ondcStateUpdatedAt, start, end, tags, extra);
    }

    public Fulfillment withEnd(Stop end) {
        return new Fulfillment(id, type, state, tracking, ondcProviderName, ondcCategory, ondcTAT, ondcStateUpdatedAt, start, end, tags, extra);
    }

    public Fulfillment withTags(List<TagGroup> tags) {
        return new Fulfillment(id, type, state, tracking, ondcProviderName, ondcCategory, ondcTAT, ondcStateUpdatedAt, start, end, tags, extra);
    }
}

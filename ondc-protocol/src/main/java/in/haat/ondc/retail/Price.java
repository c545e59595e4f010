package in.haat.ondc.retail;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import in.haat.ondc.Extra;
import java.util.Map;

/**
 * A price: currency and value as text (ONDC writes amounts as decimal strings). Fields this record does not name are
 * kept in {@code extra} and written back.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Price(
        String currency,
        String value,
        @JsonProperty("maximum_value") String maximumValue,
        @JsonProperty("offered_value") String offeredValue,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public Price {
        extra = Extra.of(extra);
    }

    /** A price of this currency and value. */
    public static Price of(String currency, String value) {
        return new Price(currency, value, null, null, Map.of());
    }
}

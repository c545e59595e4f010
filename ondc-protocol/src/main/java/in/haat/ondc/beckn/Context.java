package in.haat.ondc.beckn;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import in.haat.ondc.Extra;
import java.util.Map;

/**
 * The beckn context of retail 1.2.x and IGM (IGM 2.0.0 may put city and country in {@code location}, and its version
 * in {@code version}). Fields this record does not name are kept in {@code extra} and written back.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Context(
        String domain,
        String country,
        String city,
        ContextLocation location,
        String action,
        @JsonProperty("core_version") String coreVersion,
        String version,
        @JsonProperty("bap_id") String bapId,
        @JsonProperty("bap_uri") String bapUri,
        @JsonProperty("bpp_id") String bppId,
        @JsonProperty("bpp_uri") String bppUri,
        @JsonProperty("transaction_id") String transactionId,
        @JsonProperty("message_id") String messageId,
        String timestamp,
        String ttl,
        String key,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public Context {
        extra = Extra.of(extra);
    }

    /** The city code: {@code city}, else IGM 2.0.0's {@code location.city.code}; null if neither. */
    public String cityCode() {
        return city != null ? city : location == null || location.city() == null ? null : location.city().code();
    }

    /** The country code: {@code country}, else IGM 2.0.0's {@code location.country.code}; null if neither. */
    public String countryCode() {
        return country != null ? country : location == null || location.country() == null ? null : location.country().code();
    }
}

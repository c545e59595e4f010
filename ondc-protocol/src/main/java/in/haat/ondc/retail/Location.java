package in.haat.ondc.retail;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import in.haat.ondc.Extra;
import in.haat.ondc.beckn.Descriptor;
import java.util.Map;

/**
 * A location: id, GPS ("lat,long"), address, descriptor, and when it was there (tracking). Fields this record does
 * not name are kept in {@code extra} and written back.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Location(
        String id,
        String gps,
        Address address,
        Descriptor descriptor,
        Time time,
        @JsonProperty("updated_at") String updatedAt,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public Location {
        extra = Extra.of(extra);
    }
}

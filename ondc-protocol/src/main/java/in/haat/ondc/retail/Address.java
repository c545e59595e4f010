package in.haat.ondc.retail;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import in.haat.ondc.Extra;
import java.util.Map;

/**
 * A postal address; area_code is the pincode. Fields this record does not name are kept in {@code extra} and written
 * back.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Address(
        String name,
        String building,
        String door,
        String street,
        String locality,
        String city,
        String state,
        String country,
        @JsonProperty("area_code") String areaCode,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public Address {
        extra = Extra.of(extra);
    }
}

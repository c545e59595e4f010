package in.haat.ondc.retail;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import in.haat.ondc.Extra;
import java.util.Map;

/** The buyer's billing details. Fields this record does not name are kept in {@code extra} and written back. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Billing(
        String name,
        Address address,
        String email,
        String phone,
        @JsonProperty("tax_number") String taxNumber,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("updated_at") String updatedAt,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public Billing {
        extra = Extra.of(extra);
    }
}

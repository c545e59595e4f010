package in.haat.ondc.retail;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import in.haat.ondc.Extra;
import java.util.Map;

/** A phone and e-mail. Fields this record does not name are kept in {@code extra} and written back. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Contact(
        String phone,
        String email,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public Contact {
        extra = Extra.of(extra);
    }
}

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

/** A document of the order, such as its invoice: url and label. Fields this record does not name are kept in {@code extra} and written back. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Document(
        String url,
        String label,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public Document {
        extra = Extra.of(extra);
    }
}

package in.haat.ondc.retail;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import in.haat.ondc.Extra;
import java.util.List;
import java.util.Map;

/**
 * The quote: total price, breakup and how long it holds (ISO 8601 ttl). Fields this record does not name are kept in
 * {@code extra} and written back.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Quote(
        Price price,
        List<Breakup> breakup,
        String ttl,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public Quote {
        extra = Extra.of(extra);
    }

    public Quote withPrice(Price price) {
        return new Quote(price, breakup, ttl, extra);
    }

    public Quote withBreakup(List<Breakup> breakup) {
        return new Quote(price, breakup, ttl, extra);
    }
}

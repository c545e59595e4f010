package in.haat.ondc.retail;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import in.haat.ondc.Extra;
import in.haat.ondc.beckn.Descriptor;
import java.util.List;
import java.util.Map;

/**
 * The order's provider (the storefront) and its locations. Fields this record does not name are kept in {@code extra}
 * and written back.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Provider(
        String id,
        Descriptor descriptor,
        List<IdRef> locations,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public Provider {
        extra = Extra.of(extra);
    }

    /** A provider of this id and one location, nothing else. */
    public static Provider of(String id, String locationId) {
        return new Provider(id, null, List.of(new IdRef(locationId, Map.of())), Map.of());
    }
}

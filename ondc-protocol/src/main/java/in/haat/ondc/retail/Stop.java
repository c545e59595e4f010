package in.haat.ondc.retail;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import in.haat.ondc.Extra;
import in.haat.ondc.beckn.Descriptor;
import java.util.Map;

/**
 * The start or end of a fulfilment: where, when, whom to contact. Fields this record does not name are kept in {@code
 * extra} and written back.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Stop(
        Location location,
        Time time,
        Contact contact,
        Person person,
        Descriptor instructions,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public Stop {
        extra = Extra.of(extra);
    }

    /** A stop at this location, nothing else. */
    public static Stop at(Location location) {
        return new Stop(location, null, null, null, null, Map.of());
    }

    public Stop withTime(Time time) {
        return new Stop(location, time, contact, person, instructions, extra);
    }

    public Stop withContact(Contact contact) {
        return new Stop(location, time, contact, person, instructions, extra);
    }
}

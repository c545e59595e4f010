package in.haat.ondc.retail;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import in.haat.ondc.Extra;
import java.util.Map;

/** A time: label, timestamp or range. Fields this record does not name are kept in {@code extra} and written back. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Time(
        String label,
        String timestamp,
        String duration,
        TimeRange range,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public Time {
        extra = Extra.of(extra);
    }

    /** A time of this range only. */
    public static Time of(TimeRange range) {
        return new Time(null, null, null, range, Map.of());
    }

    public Time withTimestamp(String timestamp) {
        return new Time(label, timestamp, duration, range, extra);
    }
}

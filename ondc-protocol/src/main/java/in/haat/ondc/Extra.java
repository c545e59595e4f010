package in.haat.ondc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The fields of a beckn object its record does not name: kept in order, so nothing a buyer app sent is lost. */
public final class Extra {

    private Extra() {
    }

    /** An unmodifiable copy in the order given; empty for null. */
    public static Map<String, JsonNode> of(Map<String, JsonNode> fields) {
        return fields == null || fields.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}

package in.haat.ondc.retail;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import in.haat.ondc.Extra;
import in.haat.ondc.beckn.Descriptor;
import java.util.Map;

/**
 * A fulfilment's state: {@code descriptor.code} such as Pending, Packed, Order-delivered. Fields this record does not
 * name are kept in {@code extra} and written back.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FulfillmentState(
        Descriptor descriptor,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public FulfillmentState {
        extra = Extra.of(extra);
    }

    /** The state of this code. */
    public static FulfillmentState of(String code) {
        return new FulfillmentState(Descriptor.ofCode(code), Map.of());
    }

    /** descriptor.code, or null. */
    public String code() {
        return descriptor == null ? null : descriptor.code();
    }
}

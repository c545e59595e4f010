package in.haat.order.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import in.haat.api.ApiError;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OpenAPI schema of Setu's bulk order-state answer (202), as StorefrontOrderResource writes it from maps. */
@Schema(name = "SetuUpdateAnswer")
public record SetuUpdateAnswer(@Schema(required = true) Count approved, @Schema(required = true) Count failed,
        @Schema(required = true) List<Result> results) {

    /** How many orders. */
    @Schema(name = "SetuUpdateCount")
    public record Count(@Schema(required = true) long count) {
    }

    /** One order's outcome: approved with its new states, or failed with an error. */
    @Schema(name = "SetuUpdateResult")
    public record Result(
            @Schema(nullable = true, required = true, description = "null when the entry had none") @JsonProperty("order_id") String orderId,
            @Schema(required = true, enumeration = {"approved", "failed"}) String status,
            @Schema(description = "approved: the order's state / fulfilment state now") String state,
            @Schema(description = "failed: why") ApiError.Body error) {
    }
}

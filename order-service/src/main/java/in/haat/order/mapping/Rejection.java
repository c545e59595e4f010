package in.haat.order.mapping;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Body of {@code POST /api/orders/{id}/reject}: ONDC's cancellation reason code (002, 005, 018, 019, ...). */
public record Rejection(@JsonProperty("reason_code") String reasonCode) {
}

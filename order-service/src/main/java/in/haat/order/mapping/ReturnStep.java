package in.haat.order.mapping;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code POST /api/orders/{id}/returns/{return_id}/{action}}: ONDC's return rejection reason for
 * {@code reject}; for {@code delivered}, {@code sellable} false keeps the units off the shelf (default true).
 */
public record ReturnStep(@JsonProperty("reason_code") String reasonCode, Boolean sellable) {
}

package in.haat.order.mapping;

import in.haat.api.ApiException;
import in.haat.order.OrderState;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/** Which orders to list: a storefront, a seller, an ONDC order state, and created from (inclusive) to (exclusive). */
public record OrderFilter(UUID storefrontId, UUID sellerId, OrderState state, Instant from, Instant to) {

    /** Parses the query parameters; a bad one is a 400 naming it. */
    public static OrderFilter parse(String storefrontId, String sellerId, String state, String from, String to) {
        Instant start = instant("from", from);
        Instant end = instant("to", to);
        if (start != null && end != null && !start.isBefore(end)) {
            throw ApiException.invalid("from", "must be before to");
        }
        OrderState wanted = state == null || state.isBlank() ? null : OrderState.of(state.strip()).orElseThrow(() -> ApiException.invalid("state",
                "must be one of " + Arrays.stream(OrderState.values()).map(OrderState::code).collect(Collectors.joining(", "))));
        return new OrderFilter(uuid("storefront_id", storefrontId), uuid("seller_id", sellerId), wanted, start, end);
    }

    private static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(name, "must be a UUID");
        }
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(name, "must be an RFC 3339 time such as 2026-11-22T00:00:00Z");
        }
    }
}

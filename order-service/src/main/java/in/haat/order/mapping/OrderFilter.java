package in.haat.order.mapping;

import in.haat.api.ApiException;
import in.haat.order.FulfilmentState;
import in.haat.order.OrderState;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Which orders to list: a storefront, a seller, an ONDC order state, created from (inclusive) to (exclusive), one
 * order id, orders with an item, a buyer's phone, orders with a fulfilment (Delivery, Cancel, RTO, Return) in a state,
 * and changed from (inclusive) to (exclusive): with a fulfilment state, that fulfilment's last change (when a return
 * or RTO reached it), else the order's.
 */
public record OrderFilter(UUID storefrontId, UUID sellerId, OrderState state, Instant from, Instant to, String orderId,
        String itemId, String buyerPhone, FulfilmentState fulfilmentState, Instant updatedFrom, Instant updatedTo) {

    /** The query parameters of an order list that are not filters. */
    public static final Set<String> PAGING = Set.of("limit", "cursor");
    /** The filters of {@code GET /api/orders}; a seller's own list ({@code /api/sellers/{id}/orders}) has all but seller_id. */
    public static final Set<String> FILTERS = Set.of("storefront_id", "seller_id", "state", "from", "to", "order_id", "item_id",
            "buyer_phone", "fulfilment_state", "updated_from", "updated_to");

    /** All of one storefront's orders. */
    public static OrderFilter ofStorefront(UUID storefrontId) {
        return new OrderFilter(storefrontId, null, null, null, null, null, null, null, null, null, null);
    }

    /** This filter, for one seller's orders. */
    public OrderFilter withSeller(UUID seller) {
        return new OrderFilter(storefrontId, seller, state, from, to, orderId, itemId, buyerPhone, fulfilmentState, updatedFrom, updatedTo);
    }

    /**
     * Parses the query parameters; a bad value is a 400 naming it, and so is a parameter that is no filter of this list
     * (a misspelt filter would otherwise list every order as if it matched).
     */
    public static OrderFilter parse(Map<String, List<String>> query, Set<String> filters) {
        Set<String> unknown = new TreeSet<>(query.keySet());
        unknown.removeAll(filters);
        unknown.removeAll(PAGING);
        if (!unknown.isEmpty()) {
            throw ApiException.invalid(unknown.iterator().next(), "is not a filter of this list; its filters are "
                    + new TreeSet<>(filters).stream().collect(Collectors.joining(", ")));
        }
        Instant start = instant("from", one(query, "from"));
        Instant end = instant("to", one(query, "to"));
        if (start != null && end != null && !start.isBefore(end)) {
            throw ApiException.invalid("from", "must be before to");
        }
        Instant changedFrom = instant("updated_from", one(query, "updated_from"));
        Instant changedTo = instant("updated_to", one(query, "updated_to"));
        if (changedFrom != null && changedTo != null && !changedFrom.isBefore(changedTo)) {
            throw ApiException.invalid("updated_from", "must be before updated_to");
        }
        String state = one(query, "state");
        OrderState wanted = state == null ? null : OrderState.of(state).orElseThrow(() -> ApiException.invalid("state",
                "must be one of " + Arrays.stream(OrderState.values()).map(OrderState::code).collect(Collectors.joining(", "))));
        String fulfilment = one(query, "fulfilment_state");
        FulfilmentState fulfilmentState = fulfilment == null ? null : FulfilmentState.of(fulfilment).orElseThrow(() -> ApiException.invalid(
                "fulfilment_state", "must be one of " + Arrays.stream(FulfilmentState.values()).map(FulfilmentState::code)
                        .collect(Collectors.joining(", "))));
        String phone = one(query, "buyer_phone");
        String phoneKey = phoneKey(phone);
        if (phone != null && phoneKey == null) {
            throw ApiException.invalid("buyer_phone", "must be a phone number of 10 digits or more");
        }
        return new OrderFilter(uuid("storefront_id", one(query, "storefront_id")), uuid("seller_id", one(query, "seller_id")),
                wanted, start, end, text("order_id", one(query, "order_id")), text("item_id", one(query, "item_id")), phoneKey,
                fulfilmentState, changedFrom, changedTo);
    }

    /** A phone's last 10 digits (an Indian number with or without +91, spaces or dashes); null when it has fewer. */
    public static String phoneKey(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        return digits.length() < 10 ? null : digits.substring(digits.length() - 10);
    }

    /** The parameter's one value, stripped; null when absent or blank; a 400 when it is given twice. */
    private static String one(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw ApiException.invalid(name, "must be given once");
        }
        String value = values.get(0).strip();
        return value.isEmpty() ? null : value;
    }

    private static String text(String name, String value) {
        if (value != null && value.length() > 200) {
            throw ApiException.invalid(name, "must be at most 200 characters");
        }
        return value;
    }

    private static UUID uuid(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(name, "must be a UUID");
        }
    }

    private static Instant instant(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(name, "must be an RFC 3339 time such as 2026-11-22T00:00:00Z");
        }
    }
}

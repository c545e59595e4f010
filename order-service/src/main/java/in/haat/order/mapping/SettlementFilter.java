package in.haat.order.mapping;

import in.haat.api.ApiException;
import in.haat.order.SettlementState;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Which settlements to list: a seller, a storefront, a state, and orders created in [from, to). */
public record SettlementFilter(UUID sellerId, UUID storefrontId, SettlementState state, Instant from, Instant to) {

    /** The filters of the settlement list; the order list's parsing checks the rest (unknown parameters, times, ids). */
    private static final Set<String> FILTERS = Set.of("storefront_id", "seller_id", "from", "to");

    public static SettlementFilter parse(Map<String, List<String>> query) {
        Map<String, List<String>> rest = new HashMap<>(query);
        List<String> states = rest.remove("state");
        OrderFilter common = OrderFilter.parse(rest, FILTERS);
        SettlementState state = null;
        if (states != null && !states.isEmpty()) {
            if (states.size() > 1) {
                throw ApiException.invalid("state", "must be given once");
            }
            String code = states.get(0).strip();
            state = code.isEmpty() ? null : SettlementState.of(code).orElseThrow(() -> ApiException.invalid("state", "must be one of "
                    + Arrays.stream(SettlementState.values()).map(SettlementState::code).collect(Collectors.joining(", "))));
        }
        return new SettlementFilter(common.sellerId(), common.storefrontId(), state, common.from(), common.to());
    }
}

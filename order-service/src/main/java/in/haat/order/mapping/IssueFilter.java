package in.haat.order.mapping;

import in.haat.api.ApiException;
import in.haat.order.IssueState;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/** Which issues to list: a seller, a state, an order, and whether overdue (null: either). */
public record IssueFilter(UUID sellerId, IssueState state, String orderId, Boolean overdue) {

    /** Parses the query parameters; a bad one is a 400 naming it. */
    public static IssueFilter parse(String sellerId, String state, String orderId, String overdue) {
        IssueState wanted = state == null || state.isBlank() ? null : IssueState.of(state.strip()).orElseThrow(() -> ApiException.invalid("state",
                "must be one of " + Arrays.stream(IssueState.values()).map(IssueState::code).collect(Collectors.joining(", "))));
        Boolean late = null;
        if (overdue != null && !overdue.isBlank()) {
            if (!overdue.strip().equals("true") && !overdue.strip().equals("false")) {
                throw ApiException.invalid("overdue", "must be true or false");
            }
            late = Boolean.parseBoolean(overdue.strip());
        }
        UUID seller = null;
        if (sellerId != null && !sellerId.isBlank()) {
            try {
                seller = UUID.fromString(sellerId.strip());
            } catch (IllegalArgumentException e) {
                throw ApiException.invalid("seller_id", "must be a UUID");
            }
        }
        return new IssueFilter(seller, wanted, orderId == null || orderId.isBlank() ? null : orderId.strip(), late);
    }
}

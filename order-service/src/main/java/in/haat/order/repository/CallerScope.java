package in.haat.order.repository;

import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The one tenancy rule of order-service's lists (orders, issues, settlements): the rows of the sellers a token names, or of every
 * seller its partner owns (by the row's partner or by the seller directory), as the start of a Panache query.
 */
final class CallerScope {

    private CallerScope() {
    }

    /** The query's first clause with its parameters added to {@code parameters}; empty when the caller may see nothing. */
    static Optional<StringBuilder> where(List<UUID> sellerIds, String partnerId, Parameters parameters) {
        List<String> whose = new ArrayList<>();
        if (!sellerIds.isEmpty()) {
            whose.add("sellerId in :sellers");
            parameters.and("sellers", sellerIds);
        }
        if (partnerId != null) {
            whose.add("partnerId = :partner or sellerId in (select e.sellerId from SellerDirectoryEntry e where e.partnerId = :partner)");
            parameters.and("partner", partnerId);
        }
        return whose.isEmpty() ? Optional.empty() : Optional.of(new StringBuilder("(").append(String.join(" or ", whose)).append(")"));
    }

    /** Narrows the query by {@code clause}, whose one parameter is {@code name}, when a filter gives a value. */
    static void andIf(StringBuilder query, Parameters parameters, Object value, String clause, String name) {
        if (value != null) {
            query.append(" and ").append(clause);
            parameters.and(name, value);
        }
    }
}

package in.haat.inventory.repository;

import in.haat.inventory.StockLevel;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Many single stock changes (Setu's sets, adjustments) in one statement each, for the group commit: the changes travel
 * as one JSON parameter, their rows are locked in the one lock order (catalogue item, then storefront) and each row
 * is changed by the same conditional UPDATE as {@link StockLevelRepository#set} and {@link StockLevelRepository#adjust},
 * so a change that would break a rule matches nothing and the others still apply.
 */
@ApplicationScoped
public class StockChangeStatements {

    /**
     * One change: {@code quantity} (a set) or {@code delta} (an adjustment); a unit null when none is given;
     * {@code expectedOnHand} negative when not compared. {@code n} names it in the answer.
     */
    public record Change(int n, UUID storefrontId, UUID catalogueItemId, Integer quantity, Integer delta,
            String unitDenomination, Integer unitValue, int expectedOnHand) {
    }

    /**
     * The changes as jsonb_to_recordset reads them; ids, numbers and unit codes only, so nothing needs escaping. The
     * limit (their count, ?2) is what the planner knows of their number: it takes a set-returning function for 100 rows,
     * and against 100 rows it hashed the whole stock_level table for every batch of three (a sequential scan of 14,000
     * rows, ~2 ms, issue 15) where a few index look-ups do.
     */
    private static final String INPUT = "(select * from jsonb_to_recordset(cast(cast(?1 as text) as jsonb)) "
            + "as x(n int, s uuid, i uuid, q int, d int, u text, v int, e int) limit ?2) x";

    /**
     * The rows locked in lock order by the sub-select (FOR UPDATE locks rows as the sort hands them out), then each
     * changed under the conditions of the single-row statements.
     */
    static final String APPLY = "update stock_level s set on_hand = coalesce(c.q, s.on_hand + c.d), "
            + "unit_denomination = coalesce(c.u, s.unit_denomination), unit_value = coalesce(c.v, s.unit_value), "
            + "version = s.version + 1, updated_at = now() "
            + "from (select x.*, l.id from " + INPUT + " join stock_level l on l.storefront_id = x.s and l.catalogue_item_id = x.i "
            + "order by l.catalogue_item_id, l.storefront_id for update of l) c "
            + "where s.id = c.id and s.deleted_at is null and (c.e < 0 or s.on_hand = c.e) "
            + "and (c.q is null or (c.q >= s.held + s.committed "
            + "and (c.u is null or s.unit_denomination is null or s.unit_denomination = c.u) "
            + "and (c.v is null or s.unit_value is null or s.unit_value = c.v))) "
            + "and (c.d is null or (s.on_hand + c.d >= s.held + s.committed and s.on_hand + c.d <= " + StockLevel.MAX_QUANTITY + ")) "
            + "returning c.n, s.id, s.seller_id, s.storefront_id, s.catalogue_item_id, s.on_hand, s.held, s.committed, "
            + "s.available, s.unit_denomination, s.unit_value, s.version, s.updated_at, s.deleted_at";

    static final String LOCK = "select l.id from " + INPUT + " join stock_level l on l.storefront_id = x.s "
            + "and l.catalogue_item_id = x.i order by l.catalogue_item_id, l.storefront_id for update of l";

    /**
     * Applies changes of distinct items in one statement; answers the stock after each change that applied, by
     * {@code n}. A change missing from the answer matched nothing: the caller asks the row why.
     */
    public Uni<Map<Integer, StockLevel>> apply(List<Change> changes) {
        // No result class: with one (Object[].class) Hibernate keys each run's plan apart, so its plan cache fills with
        // equal-hash entries that every native query then scans (the profile's largest share, issue 15).
        return Panache.getSession().chain(session -> session.<Object[]>createNativeQuery(APPLY)
                        .setParameter(1, json(changes)).setParameter(2, changes.size()).getResultList())
                .map(rows -> {
                    Map<Integer, StockLevel> applied = new HashMap<>();
                    for (Object[] row : rows) {
                        applied.put(((Number) row[0]).intValue(), StockLevelRepository.toLevel(row, 1));
                    }
                    return applied;
                });
    }

    /** Locks the rows of the changes in lock order until the transaction ends (before changing one item twice). */
    public Uni<Void> lock(List<Change> changes) {
        return Panache.getSession().chain(session -> session.createNativeQuery(LOCK)
                .setParameter(1, json(changes)).setParameter(2, changes.size()).getResultList()).replaceWithVoid();
    }

    /** The changes as a JSON array for {@link #INPUT}. */
    static String json(List<Change> changes) {
        StringBuilder json = new StringBuilder(changes.size() * 140).append('[');
        for (Change c : changes) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append("{\"n\":").append(c.n())
                    .append(",\"s\":\"").append(c.storefrontId()).append("\",\"i\":\"").append(c.catalogueItemId())
                    .append("\",\"q\":").append(c.quantity()).append(",\"d\":").append(c.delta())
                    .append(",\"u\":").append(c.unitDenomination() == null ? "null" : "\"" + c.unitDenomination() + "\"")
                    .append(",\"v\":").append(c.unitValue()).append(",\"e\":").append(c.expectedOnHand()).append('}');
        }
        return json.append(']').toString();
    }
}

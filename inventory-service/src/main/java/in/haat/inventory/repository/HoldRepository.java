package in.haat.inventory.repository;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import in.haat.events.InOrder;
import in.haat.persistence.Rows;
import in.haat.inventory.StockHold;
import in.haat.inventory.mapping.HoldLine;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Holds and their items, in native SQL: every status change is a conditional UPDATE from {@code held}. */
@ApplicationScoped
public class HoldRepository {

    /**
     * A hold's columns and its items, in one statement (issue 15: reading the items after the hold was a second round trip
     * on each of an order's hold, commit and release): {@code item:quantity} pairs in catalogue item order.
     */
    private static final String COLUMNS = "id, storefront_id, reference, status, expires_at, created_at, updated_at, "
            + "(select coalesce(string_agg(i.catalogue_item_id || ':' || i.quantity, ',' order by i.catalogue_item_id), '') "
            + "from stock_hold_item i where i.hold_id = stock_hold.id)";

    /**
     * Creates the hold unless the storefront already has one under this reference; a concurrent creator of
     * the same reference waits here for the first one's transaction.
     *
     * @return true when this call created it
     */
    public Uni<Boolean> insertIfAbsent(UUID id, UUID storefrontId, String reference, Instant expiresAt) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "insert into stock_hold (id, storefront_id, reference, status, expires_at) values (?1, ?2, ?3, 'held', cast(?4 as timestamptz)) "
                                + "on conflict (storefront_id, reference) do nothing")
                .setParameter(1, id)
                .setParameter(2, storefrontId)
                .setParameter(3, reference)
                .setParameter(4, expiresAt)
                .executeUpdate())
                .map(rows -> rows == 1);
    }

    public Uni<Void> insertItems(UUID holdId, List<HoldLine> lines) {
        return InOrder.each(lines, line -> Panache.getSession().chain(session -> session.createNativeQuery(
                        "insert into stock_hold_item (hold_id, catalogue_item_id, quantity) values (?1, ?2, ?3)")
                .setParameter(1, holdId)
                .setParameter(2, line.catalogueItemId())
                .setParameter(3, line.quantity())
                .executeUpdate()));
    }

    /** A hold's name: its storefront and reference. */
    public record Key(UUID storefrontId, String reference) {
    }

    /** The limit tells the planner how many keys there are ({@link StockChangeStatements} says why it must know). */
    static final String LOCK_ALL = "select h.id from stock_hold h join (select * from jsonb_to_recordset(cast(cast(?1 as text) "
            + "as jsonb)) as x(s uuid, r text) limit ?2) x on h.storefront_id = x.s and h.reference = x.r order by h.id for update of h";

    /**
     * Locks the existing holds among {@code keys} in id order until the transaction ends: a batch of stock requests
     * locks its holds, then its stock rows, before it changes any (every hold step takes a hold before its stock rows).
     */
    public Uni<Void> lockAll(List<Key> keys) {
        if (keys.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        ArrayNode json = JsonNodeFactory.instance.arrayNode();
        keys.forEach(key -> json.addObject().put("s", key.storefrontId().toString()).put("r", key.reference()));
        return Panache.getSession().chain(session -> session.createNativeQuery(LOCK_ALL)
                .setParameter(1, json.toString())
                .setParameter(2, keys.size())
                .getResultList())
                .replaceWithVoid();
    }

    /** The hold under {@code reference} in a storefront, with its items; null if there is none. */
    public Uni<StockHold> find(UUID storefrontId, String reference) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "select " + COLUMNS + " from stock_hold where storefront_id = ?1 and reference = ?2", Object[].class)
                .setParameter(1, storefrontId)
                .setParameter(2, reference)
                .getResultList())
                .map(rows -> rows.isEmpty() ? null : toHold(rows.get(0)));
    }

    /**
     * Moves a hold from {@code held} to {@code status}; with {@code onlyUnexpired}, only while its time limit (if it
     * has one) has not passed. Answers the hold after the change, or null when it was not {@code held} (or had expired).
     */
    public Uni<StockHold> leaveHeld(UUID holdId, String status, boolean onlyUnexpired) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "update stock_hold set status = ?2, updated_at = now() where id = ?1 and status = 'held'"
                                + (onlyUnexpired ? " and (expires_at is null or expires_at > now())" : "") + " returning " + COLUMNS, Object[].class)
                .setParameter(1, holdId)
                .setParameter(2, status)
                .getResultList())
                .map(rows -> rows.isEmpty() ? null : toHold(rows.get(0)));
    }

    /**
     * The oldest hold past its time limit that no other transaction is expiring right now, locked for this
     * transaction (several replicas may sweep at once); null when there is none.
     */
    public Uni<StockHold> lockNextExpired() {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "select " + COLUMNS + " from stock_hold where status = 'held' and expires_at <= now() "
                                + "order by expires_at limit 1 for update skip locked", Object[].class)
                .getResultList())
                .map(rows -> rows.isEmpty() ? null : toHold(rows.get(0)));
    }

    private static StockHold toHold(Object[] row) {
        return new StockHold(Rows.uuid(row[0]), Rows.uuid(row[1]), Rows.text(row[2]),
                Rows.text(row[3]), Rows.instant(row[4]), Rows.instant(row[5]),
                Rows.instant(row[6]), items(Rows.text(row[7])));
    }

    private static List<HoldLine> items(String pairs) {
        if (pairs == null || pairs.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(pairs.split(",")).map(pair -> {
            int colon = pair.indexOf(':');
            return new HoldLine(UUID.fromString(pair.substring(0, colon)), Integer.parseInt(pair.substring(colon + 1)));
        }).toList();
    }
}

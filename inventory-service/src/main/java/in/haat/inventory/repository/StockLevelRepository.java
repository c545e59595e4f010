package in.haat.inventory.repository;

import in.haat.persistence.Rows;
import in.haat.api.PageRequest;
import in.haat.inventory.StockLevel;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Stock levels in inventory-service's database. Every change is one conditional UPDATE that PostgreSQL
 * applies under the row's lock, so concurrent changes queue instead of overwriting each other; an UPDATE that
 * matches no row answers null and the caller asks {@link #find} why.
 */
@ApplicationScoped
public class StockLevelRepository implements PanacheRepositoryBase<StockLevel, UUID> {

    /** What every native statement returns, in the order {@link #toLevel} reads it. */
    static final String COLUMNS = "id, seller_id, storefront_id, catalogue_item_id, on_hand, held, committed, "
            + "available, unit_denomination, unit_value, version, updated_at, deleted_at";
    private static final String ITEM = "storefront_id = ?1 and catalogue_item_id = ?2";
    /** Raises the version and stamps the change. */
    private static final String TOUCH = "version = version + 1, updated_at = now()";

    /** One page of a seller's stock in (catalogue item, id) order, one row more than the page to tell if more follow. */
    public Uni<List<StockLevel>> pageOf(UUID sellerId, PageRequest page) {
        if (page.first()) {
            return find("sellerId = ?1 and deletedAt is null order by catalogueItemId, id", sellerId)
                    .range(0, page.limit()).list();
        }
        return find("sellerId = ?1 and deletedAt is null and (catalogueItemId > ?2 or (catalogueItemId = ?2 and id > ?3)) "
                        + "order by catalogueItemId, id", sellerId, page.uuidAt(0), page.uuidAt(1))
                .range(0, page.limit()).list();
    }

    /** One page of a storefront's stock in catalogue item order (unique within a storefront). */
    public Uni<List<StockLevel>> pageOfStorefront(UUID storefrontId, PageRequest page) {
        if (page.first()) {
            return find("storefrontId = ?1 and deletedAt is null order by catalogueItemId", storefrontId)
                    .range(0, page.limit()).list();
        }
        return find("storefrontId = ?1 and deletedAt is null and catalogueItemId > ?2 order by catalogueItemId",
                storefrontId, page.uuidAt(0))
                .range(0, page.limit()).list();
    }

    /** The stock of one item as committed now (deleted items included), read past the session's cache. */
    public Uni<StockLevel> find(UUID storefrontId, UUID catalogueItemId) {
        return single("select " + COLUMNS + " from stock_level where " + ITEM, storefrontId, catalogueItemId);
    }

    /**
     * Sets on hand to {@code quantity} unless that is below held + committed, the item is deleted, on hand is not
     * {@code expectedOnHand} (negative: not checked) or the unit differs from the one given ("" and 0: none given).
     * A unit given for an item without one is recorded.
     */
    public Uni<StockLevel> set(UUID storefrontId, UUID catalogueItemId, int quantity, String unitDenomination,
            int unitValue, int expectedOnHand) {
        return single("update stock_level set on_hand = ?3, "
                        + "unit_denomination = case when ?4 = '' then unit_denomination else ?4 end, "
                        + "unit_value = case when ?5 = 0 then unit_value else ?5 end, " + TOUCH
                        + " where " + ITEM + " and deleted_at is null and ?3 >= held + committed"
                        + " and (?6 < 0 or on_hand = ?6)"
                        + " and (?4 = '' or unit_denomination is null or unit_denomination = ?4)"
                        + " and (?5 = 0 or unit_value is null or unit_value = ?5)"
                        + " returning " + COLUMNS,
                storefrontId, catalogueItemId, quantity, unitDenomination, unitValue, expectedOnHand);
    }

    /** Adds {@code delta} to on hand unless that goes below held + committed or above the maximum. */
    public Uni<StockLevel> adjust(UUID storefrontId, UUID catalogueItemId, int delta, int expectedOnHand) {
        return single("update stock_level set on_hand = on_hand + ?3, " + TOUCH
                        + " where " + ITEM + " and deleted_at is null and on_hand + ?3 >= held + committed"
                        + " and on_hand + ?3 <= " + StockLevel.MAX_QUANTITY
                        + " and (?4 < 0 or on_hand = ?4)"
                        + " returning " + COLUMNS,
                storefrontId, catalogueItemId, delta, expectedOnHand);
    }

    /** Holds {@code quantity} if that much is available. */
    public Uni<StockLevel> hold(UUID storefrontId, UUID catalogueItemId, int quantity) {
        return single("update stock_level set held = held + ?3, " + TOUCH
                        + " where " + ITEM + " and deleted_at is null and on_hand - held - committed >= ?3"
                        + " returning " + COLUMNS,
                storefrontId, catalogueItemId, quantity);
    }

    /** Moves {@code quantity} from held to committed (of a deleted item too: the order was already placed). */
    public Uni<StockLevel> commitHeld(UUID storefrontId, UUID catalogueItemId, int quantity) {
        return single("update stock_level set held = held - ?3, committed = committed + ?3, " + TOUCH
                        + " where " + ITEM + " and held >= ?3 returning " + COLUMNS,
                storefrontId, catalogueItemId, quantity);
    }

    /** Gives {@code quantity} held back to available. */
    public Uni<StockLevel> releaseHeld(UUID storefrontId, UUID catalogueItemId, int quantity) {
        return single("update stock_level set held = held - ?3, " + TOUCH
                        + " where " + ITEM + " and held >= ?3 returning " + COLUMNS,
                storefrontId, catalogueItemId, quantity);
    }

    /** The stock of one item, its row locked until the caller's transaction ends; null when there is none. */
    public Uni<StockLevel> lock(UUID storefrontId, UUID catalogueItemId) {
        return single("select " + COLUMNS + " from stock_level where " + ITEM + " for update", storefrontId, catalogueItemId);
    }

    /** A shipped order's units leave: committed and on hand both drop by {@code quantity}. */
    public Uni<StockLevel> shipCommitted(UUID storefrontId, UUID catalogueItemId, int quantity) {
        return single("update stock_level set committed = committed - ?3, on_hand = on_hand - ?3, " + TOUCH
                        + " where " + ITEM + " and committed >= ?3 and on_hand >= ?3 returning " + COLUMNS,
                storefrontId, catalogueItemId, quantity);
    }

    /** A cancelled order's committed units are available again. */
    public Uni<StockLevel> returnCommitted(UUID storefrontId, UUID catalogueItemId, int quantity) {
        return single("update stock_level set committed = committed - ?3, " + TOUCH
                        + " where " + ITEM + " and committed >= ?3 returning " + COLUMNS,
                storefrontId, catalogueItemId, quantity);
    }

    /** Shipped units back in the store: on hand again (null: no such item here). */
    public Uni<StockLevel> restock(UUID storefrontId, UUID catalogueItemId, int quantity) {
        return single("update stock_level set on_hand = on_hand + ?3, " + TOUCH + " where " + ITEM + " returning " + COLUMNS,
                storefrontId, catalogueItemId, quantity);
    }

    /** Marks a catalogue item deleted; its stock stays for the holds and commitments it still has. */
    public Uni<Integer> markDeleted(UUID storefrontId, UUID catalogueItemId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "update stock_level set deleted_at = now(), updated_at = now() where " + ITEM + " and deleted_at is null")
                .setParameter(1, storefrontId)
                .setParameter(2, catalogueItemId)
                .executeUpdate());
    }

    /** Marks every item of a deleted storefront deleted (catalogue-service sends no per-item deletions then). */
    public Uni<Integer> markStorefrontDeleted(UUID storefrontId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "update stock_level set deleted_at = now(), updated_at = now() where storefront_id = ?1 and deleted_at is null")
                .setParameter(1, storefrontId)
                .executeUpdate());
    }

    /** A stock row, and whether the statement inserted it. */
    public record Upserted(StockLevel level, boolean inserted) {
    }

    private Uni<StockLevel> single(String sql, Object... parameters) {
        return Panache.getSession().chain(session -> {
            // No result class: see StockChangeStatements.apply (the plan cache).
            Mutiny.Query<Object[]> query = session.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return query.getResultList();
        }).map(rows -> rows.isEmpty() ? null : toLevel(rows.get(0)));
    }

    static StockLevel toLevel(Object[] row) {
        return toLevel(row, 0);
    }

    /**
     * A detached entity from the {@link #COLUMNS} that start at {@code from}: never the session's cached copy, which a
     * native UPDATE does not refresh.
     */
    static StockLevel toLevel(Object[] row, int from) {
        StockLevel level = new StockLevel();
        level.id = Rows.uuid(row[from]);
        level.sellerId = Rows.uuid(row[from + 1]);
        level.storefrontId = Rows.uuid(row[from + 2]);
        level.catalogueItemId = Rows.uuid(row[from + 3]);
        level.onHand = Rows.integer(row[from + 4]);
        level.held = Rows.integer(row[from + 5]);
        level.committed = Rows.integer(row[from + 6]);
        level.available = Rows.integer(row[from + 7]);
        level.unitDenomination = Rows.text(row[from + 8]);
        level.unitValue = Rows.integerOrNull(row[from + 9]);
        level.version = Rows.bigint(row[from + 10]);
        level.updatedAt = Rows.instant(row[from + 11]);
        level.deletedAt = Rows.instant(row[from + 12]);
        return level;
    }
}

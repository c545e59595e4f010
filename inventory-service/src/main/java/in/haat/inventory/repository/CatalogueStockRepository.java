package in.haat.inventory.repository;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.inventory.repository.StockLevelRepository.Upserted;
import in.haat.persistence.TimeOrderedIds;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * The stock rows of many catalogue items at once (a batch of {@code catalogue-item.upserted}): one statement for the
 * whole batch, the rows sent as one JSON parameter. Runs in the caller's transaction.
 */
@ApplicationScoped
public class CatalogueStockRepository {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One item's stock row as a catalogue upsert gives it: unit (null: none given) and first on hand. */
    public record ItemStock(UUID sellerId, UUID storefrontId, UUID catalogueItemId, String unitDenomination,
            Integer unitValue, int initialOnHand) {
    }

    /**
     * Records catalogue items in one statement; they must be distinct (one statement cannot change a row twice). A new
     * one gets its stock row with its first on hand; a known one gets the catalogue's unit (when it names one) and is
     * live again if it was deleted, its quantities untouched. Answers each row it wrote (one it left as it was is not
     * among them) and whether it was inserted, in no particular order.
     */
    public Uni<List<Upserted>> upsertItems(List<ItemStock> items) {
        if (items.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        ArrayNode rows = JSON.createArrayNode();
        for (ItemStock item : items) {
            ObjectNode row = rows.addObject();
            row.put("id", TimeOrderedIds.next().toString());
            row.put("seller_id", item.sellerId().toString());
            row.put("storefront_id", item.storefrontId().toString());
            row.put("catalogue_item_id", item.catalogueItemId().toString());
            row.put("on_hand", item.initialOnHand());
            row.put("unit_denomination", item.unitDenomination());
            row.put("unit_value", item.unitValue());
        }
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "insert into stock_level as s (id, seller_id, storefront_id, catalogue_item_id, on_hand, unit_denomination, unit_value) "
                                + "select cast(j.v->>'id' as uuid), cast(j.v->>'seller_id' as uuid), "
                                + "cast(j.v->>'storefront_id' as uuid), cast(j.v->>'catalogue_item_id' as uuid), "
                                + "cast(j.v->>'on_hand' as integer), nullif(j.v->>'unit_denomination', ''), "
                                + "nullif(cast(j.v->>'unit_value' as integer), 0) "
                                + "from jsonb_array_elements(cast(cast(?1 as text) as jsonb)) with ordinality as j(v, n) order by j.n "
                                + "on conflict (storefront_id, catalogue_item_id) do update set seller_id = excluded.seller_id, "
                                + "unit_denomination = coalesce(excluded.unit_denomination, s.unit_denomination), "
                                + "unit_value = coalesce(excluded.unit_value, s.unit_value), deleted_at = null, "
                                + "updated_at = now() "
                                // A known item the event changes nothing of (a new price, the catalogue sent again) is
                                // not written: its row is not returned, and needs no event (only a new item gets one).
                                + "where s.seller_id is distinct from excluded.seller_id or s.deleted_at is not null "
                                + "or s.unit_denomination is distinct from coalesce(excluded.unit_denomination, s.unit_denomination) "
                                + "or s.unit_value is distinct from coalesce(excluded.unit_value, s.unit_value) "
                                + "returning " + StockLevelRepository.COLUMNS + ", (xmax = 0) as inserted", Object[].class)
                        .setParameter(1, rows.toString())
                        .getResultList())
                .map(result -> result.stream()
                        .map(row -> new Upserted(StockLevelRepository.toLevel(row), Boolean.TRUE.equals(row[13])))
                        .toList());
    }
}

package in.haat.inventory.service;

import in.haat.inventory.event.InventoryEvents;
import in.haat.inventory.event.StockChangeCause;
import in.haat.inventory.event.StockChanged;
import in.haat.inventory.repository.CatalogueStockRepository;
import in.haat.inventory.repository.CatalogueStockRepository.ItemStock;
import in.haat.inventory.repository.StockLevelRepository;
import in.haat.inventory.repository.StorefrontRepository;
import in.haat.events.EventEnvelope;
import in.haat.events.EventTracing;
import in.haat.events.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What inventory-service keeps of catalogue-service's storefronts and catalogue items: the storefront's seller
 * (the tenant rule) and a stock row per item. Runs in the consuming transaction.
 */
@ApplicationScoped
public class CatalogueReadModels {

    private final StorefrontRepository storefronts;
    private final StockLevelRepository levels;
    private final CatalogueStockRepository itemStocks;
    private final Outbox outbox;
    private final EventTracing tracing;

    public CatalogueReadModels(StorefrontRepository storefronts, StockLevelRepository levels,
            CatalogueStockRepository itemStocks, Outbox outbox, EventTracing tracing) {
        this.storefronts = storefronts;
        this.levels = levels;
        this.itemStocks = itemStocks;
        this.outbox = outbox;
        this.tracing = tracing;
    }

    public Uni<Void> storefrontUpserted(UUID storefrontId, UUID sellerId, String partnerId, String name) {
        return storefronts.upsert(storefrontId, sellerId, partnerId, name).replaceWithVoid();
    }

    /** The storefront and all its items: catalogue-service deletes the catalogue with the storefront. */
    public Uni<Void> storefrontDeleted(UUID storefrontId, UUID sellerId) {
        return storefronts.markDeleted(storefrontId, sellerId)
                .chain(() -> levels.markStorefrontDeleted(storefrontId))
                .replaceWithVoid();
    }

    /**
     * Records distinct catalogue items in one statement. A new item gets its stock row, with the catalogue's own
     * quantity as its first on hand (Setu's catalogue upsert carries one), and a {@code stock.changed} in the trace of
     * the event that made it (one insert for all of them); after that only the inventory API changes quantities, so a
     * later catalogue upsert (a new price) cannot undo sales by resending an old quantity.
     */
    public Uni<Void> itemsUpserted(String consumer, List<ItemStock> items, List<EventEnvelope> causes) {
        Map<String, EventEnvelope> causeOf = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            causeOf.put(InventoryEvents.keyOf(items.get(i).storefrontId(), items.get(i).catalogueItemId()), causes.get(i));
        }
        return itemStocks.upsertItems(items).chain(rows -> {
            List<String> events = new ArrayList<>();
            for (var row : rows) {
                if (row.inserted()) {
                    String key = InventoryEvents.keyOf(row.level().storefrontId, row.level().catalogueItemId);
                    events.add(tracing.inSpan(consumer, causeOf.get(key), () -> outbox.prepare(InventoryEvents.TOPIC,
                            InventoryEvents.STOCK_CHANGED, InventoryEvents.STOCK_CHANGED_VERSION, key,
                            StockChanged.of(row.level(), StockChangeCause.SET, null, "catalogue item created"))));
                }
            }
            return outbox.publishPrepared(events);
        });
    }

    public Uni<Void> itemDeleted(UUID storefrontId, UUID catalogueItemId) {
        return levels.markDeleted(storefrontId, catalogueItemId).replaceWithVoid();
    }
}

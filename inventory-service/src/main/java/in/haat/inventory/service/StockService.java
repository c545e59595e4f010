package in.haat.inventory.service;

import in.haat.api.Page;
import in.haat.api.PageRequest;
import in.haat.inventory.mapping.StockLevelView;
import in.haat.inventory.repository.StockLevelRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Reads stock levels: a seller's, a storefront's, one item's. */
@ApplicationScoped
public class StockService {

    /** A seller's stock cursor holds the last row's catalogue item id and id. */
    public static final int CURSOR_PARTS = 2;
    /** A storefront's stock cursor holds the last row's catalogue item id (unique within the storefront). */
    public static final int STOREFRONT_CURSOR_PARTS = 1;

    private final StockLevelRepository levels;

    public StockService(StockLevelRepository levels) {
        this.levels = levels;
    }

    @WithSession
    public Uni<Page<StockLevelView>> list(UUID sellerId, PageRequest page) {
        return levels.pageOf(sellerId, page).map(rows -> Page.of(rows, page, StockLevelView::of,
                last -> PageRequest.cursor(last.catalogueItemId.toString(), last.id.toString())));
    }

    @WithSession
    public Uni<Page<StockLevelView>> listStorefront(UUID storefrontId, PageRequest page) {
        return levels.pageOfStorefront(storefrontId, page).map(rows -> Page.of(rows, page, StockLevelView::of,
                last -> PageRequest.cursor(last.catalogueItemId.toString())));
    }

    /** One item's stock; a 404 if the storefront has no such catalogue item. */
    @WithSession
    public Uni<StockLevelView> get(UUID storefrontId, UUID catalogueItemId) {
        return levels.find(storefrontId, catalogueItemId).map(level -> {
            if (level == null || level.deletedAt != null) {
                throw StockProblems.noSuchItem(storefrontId, catalogueItemId);
            }
            return StockLevelView.of(level);
        });
    }
}

package in.haat.inventory.service;

import in.haat.api.Page;
import in.haat.api.PageRequest;
import in.haat.inventory.mapping.StockLevelView;
import in.haat.inventory.repository.StockLevelRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Reads sellers' stock levels. */
@ApplicationScoped
public class StockService {

    /** A stock cursor holds the last row's catalogue item id and id. */
    public static final int CURSOR_PARTS = 2;

    private final StockLevelRepository levels;

    public StockService(StockLevelRepository levels) {
        this.levels = levels;
    }

    @WithSession
    public Uni<Page<StockLevelView>> list(UUID sellerId, PageRequest page) {
        return levels.pageOf(sellerId, page).map(rows -> Page.of(rows, page, StockLevelView::of,
                last -> PageRequest.cursor(last.catalogueItemId.toString(), last.id.toString())));
    }
}

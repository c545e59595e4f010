package in.haat.inventory.repository;

import in.haat.api.PageRequest;
import in.haat.inventory.StockLevel;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Stock levels in inventory-service's database. */
@ApplicationScoped
public class StockLevelRepository implements PanacheRepositoryBase<StockLevel, UUID> {

    /** One page of a seller's stock in (catalogue item, id) order, one row more than the page to tell if more follow. */
    public Uni<List<StockLevel>> pageOf(UUID sellerId, PageRequest page) {
        if (page.first()) {
            return find("sellerId = ?1 order by catalogueItemId, id", sellerId)
                    .range(0, page.limit()).list();
        }
        return find("sellerId = ?1 and (catalogueItemId > ?2 or (catalogueItemId = ?2 and id > ?3)) "
                        + "order by catalogueItemId, id", sellerId, page.uuidAt(0), page.uuidAt(1))
                .range(0, page.limit()).list();
    }
}

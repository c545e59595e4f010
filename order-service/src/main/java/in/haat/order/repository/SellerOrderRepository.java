package in.haat.order.repository;

import in.haat.api.PageRequest;
import in.haat.order.SellerOrder;
import in.haat.order.mapping.OrderFilter;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Sellers' orders in order-service's database. */
@ApplicationScoped
public class SellerOrderRepository implements PanacheRepositoryBase<SellerOrder, UUID> {

    /** One page of a seller's orders, newest first, one row more than the page to tell if more follow. */
    public Uni<List<SellerOrder>> pageOf(UUID sellerId, OrderFilter filter, PageRequest page) {
        StringBuilder query = new StringBuilder("sellerId = :seller");
        Parameters parameters = Parameters.with("seller", sellerId);
        if (filter.state() != null) {
            query.append(" and state = :state");
            parameters.and("state", filter.state());
        }
        if (filter.from() != null) {
            query.append(" and createdAt >= :from");
            parameters.and("from", filter.from());
        }
        if (filter.to() != null) {
            query.append(" and createdAt < :to");
            parameters.and("to", filter.to());
        }
        if (!page.first()) {
            query.append(" and (createdAt < :afterAt or (createdAt = :afterAt and id < :afterId))");
            parameters.and("afterAt", page.instantAt(0)).and("afterId", page.uuidAt(1));
        }
        query.append(" order by createdAt desc, id desc");
        return find(query.toString(), parameters).range(0, page.limit()).list();
    }
}

package in.haat.order.repository;

import in.haat.api.PageRequest;
import in.haat.order.OrderSettlement;
import in.haat.order.mapping.SettlementFilter;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Orders' settlements, in the caller's transaction. */
@ApplicationScoped
public class SettlementRepository implements PanacheRepositoryBase<OrderSettlement, String> {

    /** The settlements of these orders, locked for the caller's transaction. */
    public Uni<List<OrderSettlement>> lock(List<String> orderIds) {
        return orderIds.isEmpty() ? Uni.createFrom().item(List.of())
                : find("id in ?1", orderIds).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** One page of the settlements a caller may see, newest order first, one row more than the page. */
    public Uni<List<OrderSettlement>> page(List<UUID> sellerIds, String partnerId, SettlementFilter filter, PageRequest page) {
        Parameters parameters = new Parameters();
        Optional<StringBuilder> scoped = CallerScope.where(sellerIds, partnerId, parameters);
        if (scoped.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        StringBuilder query = scoped.get();
        CallerScope.andIf(query, parameters, filter.sellerId(), "sellerId = :seller", "seller");
        CallerScope.andIf(query, parameters, filter.storefrontId(), "storefrontId = :storefront", "storefront");
        CallerScope.andIf(query, parameters, filter.state(), "state = :state", "state");
        CallerScope.andIf(query, parameters, filter.from(), "createdAt >= :from", "from");
        CallerScope.andIf(query, parameters, filter.to(), "createdAt < :to", "to");
        if (!page.first()) {
            query.append(" and (createdAt < :at or (createdAt = :at and id < :after))");
            parameters.and("at", page.instantAt(0)).and("after", page.after().get(1));
        }
        query.append(" order by createdAt desc, id desc");
        return find(query.toString(), parameters).range(0, page.fetchSize() - 1).list();
    }
}

package in.haat.order.repository;

import in.haat.api.PageRequest;
import in.haat.order.SellerOrder;
import in.haat.order.mapping.OrderFilter;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Confirmed orders, in the caller's transaction. */
@ApplicationScoped
public class OrderRepository implements PanacheRepositoryBase<SellerOrder, String> {

    /** An order, locked for the caller's transaction; null when there is none. */
    public Uni<SellerOrder> lock(String orderId) {
        return findById(orderId, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * One page of the orders a caller may see (the sellers it names, or every seller of its partner), newest first, one
     * row more than the page.
     */
    public Uni<List<SellerOrder>> page(List<UUID> sellerIds, String partnerId, OrderFilter filter, PageRequest page) {
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
        CallerScope.andIf(query, parameters, filter.orderId(), "id = :order", "order");
        CallerScope.andIf(query, parameters, filter.itemId(), "id in (select l.orderId from OrderLine l where l.itemId = :item)", "item");
        CallerScope.andIf(query, parameters, filter.buyerPhone(), "buyerPhone = :phone", "phone");
        if (filter.updatedFrom() != null) {
            parameters.and("changedFrom", filter.updatedFrom());
        }
        if (filter.updatedTo() != null) {
            parameters.and("changedTo", filter.updatedTo());
        }
        if (filter.fulfilmentState() != null && filter.updatedFrom() == null && filter.updatedTo() == null) {
            // The Delivery's state is on the order; a Cancel, RTO or Return fulfilment's in its own row.
            query.append(" and (fulfilmentState = :fulfilment or id in (select f.orderId from OrderFulfilment f where f.state = :fulfilment))");
            parameters.and("fulfilment", filter.fulfilmentState());
        } else if (filter.fulfilmentState() != null) {
            // Every fulfilment, the Delivery too, has its row with the time it last changed: when it reached the state.
            query.append(" and id in (select f.orderId from OrderFulfilment f where f.state = :fulfilment").append(changed("f.updatedAt", filter))
                    .append(")");
            parameters.and("fulfilment", filter.fulfilmentState());
        } else {
            query.append(changed("updatedAt", filter));
        }
        if (!page.first()) {
            query.append(" and (createdAt < :at or (createdAt = :at and id < :after))");
            parameters.and("at", page.instantAt(0)).and("after", page.after().get(1));
        }
        query.append(" order by createdAt desc, id desc");
        return find(query.toString(), parameters).range(0, page.fetchSize() - 1).list();
    }

    /** The clause of the filter's changed-from (inclusive) and -to (exclusive) window on {@code column}; empty without one. */
    private static String changed(String column, OrderFilter filter) {
        return (filter.updatedFrom() == null ? "" : " and " + column + " >= :changedFrom")
                + (filter.updatedTo() == null ? "" : " and " + column + " < :changedTo");
    }
}

package in.haat.order.service;

import in.haat.api.ApiException;
import in.haat.api.Caller;
import in.haat.api.Page;
import in.haat.api.PageRequest;
import in.haat.api.TenantAccess;
import in.haat.order.mapping.OrderFilter;
import in.haat.order.mapping.OrderView;
import in.haat.order.SellerOrder;
import in.haat.order.repository.CatalogueRepository;
import in.haat.order.repository.HistoryRepository;
import in.haat.order.repository.OrderRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Reads orders for the seller API, always within what the caller's token may see. */
@ApplicationScoped
public class OrderQueries {

    /** An order cursor holds the last row's created_at and id. */
    public static final int CURSOR_PARTS = 2;

    private final OrderRepository orders;
    private final HistoryRepository history;
    private final CatalogueRepository catalogue;
    private final OrderAccess access;
    private final Caller caller;
    private final TenantAccess tenants;

    public OrderQueries(OrderRepository orders, HistoryRepository history, CatalogueRepository catalogue, OrderAccess access, Caller caller,
            TenantAccess tenants) {
        this.orders = orders;
        this.history = history;
        this.catalogue = catalogue;
        this.access = access;
        this.caller = caller;
        this.tenants = tenants;
    }

    @WithSession
    public Uni<Page<OrderView>> list(OrderFilter filter, PageRequest page) {
        return orders.page(List.copyOf(caller.sellerIds()), caller.partnerId().orElse(null), filter, page)
                .map(rows -> Page.of(rows, page, o -> OrderView.of(o, null),
                        last -> PageRequest.cursor(last.createdAt.toString(), last.id)));
    }

    /** A seller's orders (the older path): 404 unless the caller may act for the seller. */
    @WithSession
    public Uni<Page<OrderView>> listOfSeller(UUID sellerId, OrderFilter filter, PageRequest page) {
        return requireSeller(sellerId).chain(() -> orders.page(List.of(sellerId), null,
                        filter.withSeller(sellerId), page))
                .map(rows -> Page.of(rows, page, o -> OrderView.of(o, null),
                        last -> PageRequest.cursor(last.createdAt.toString(), last.id)));
    }

    /** The tenant rule for a seller: named by the token, or owned by its partner (as the storefronts or the seller directory say). */
    private Uni<Void> requireSeller(UUID sellerId) {
        if (caller.sellerIds().contains(sellerId)) {
            return Uni.createFrom().voidItem();
        }
        return catalogue.partnerOfSeller(sellerId).chain(partner -> caller.mayActFor(sellerId, partner)
                ? Uni.createFrom().voidItem() : tenants.requireSeller(sellerId));
    }

    /** A storefront's orders, all of them, newest first (Setu's list): 404 unless the caller may act for its seller. */
    @WithSession
    public Uni<List<SellerOrder>> ofStorefront(UUID storefrontId) {
        return catalogue.storefront(storefrontId).chain(storefront -> {
            if (storefront == null) {
                return Uni.createFrom().failure(ApiException.notFound("no storefront " + storefrontId));
            }
            Uni<Void> allowed = caller.mayActFor(storefront.sellerId(), storefront.partnerId()) ? Uni.createFrom().voidItem()
                    : tenants.requireSeller(storefront.sellerId()).onFailure(ApiException.class)
                            .transform(e -> ApiException.notFound("no storefront " + storefrontId));
            return allowed.chain(() -> orders.page(List.of(storefront.sellerId()), null,
                    OrderFilter.ofStorefront(storefrontId), new PageRequest(PageRequest.MAX_LIMIT * 20, List.of())));
        });
    }

    @WithSession
    public Uni<OrderView> get(String orderId) {
        return orders.findById(orderId).chain(order -> access.require(order, orderId))
                .chain(order -> history.of(order.id).map(entries -> OrderView.of(order, entries)));
    }
}

package in.haat.order.service;

import in.haat.api.Page;
import in.haat.api.PageRequest;
import in.haat.order.mapping.OrderFilter;
import in.haat.order.mapping.SellerOrderView;
import in.haat.order.repository.SellerOrderRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Reads sellers' orders. */
@ApplicationScoped
public class OrderService {

    /** An order cursor holds the last row's created_at and id. */
    public static final int CURSOR_PARTS = 2;

    private final SellerOrderRepository orders;

    public OrderService(SellerOrderRepository orders) {
        this.orders = orders;
    }

    @WithSession
    public Uni<Page<SellerOrderView>> list(UUID sellerId, OrderFilter filter, PageRequest page) {
        return orders.pageOf(sellerId, filter, page).map(rows -> Page.of(rows, page, SellerOrderView::of,
                last -> PageRequest.cursor(last.createdAt.toString(), last.id.toString())));
    }
}

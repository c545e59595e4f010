package in.haat.order.service;

import in.haat.api.ApiException;
import in.haat.api.Caller;
import in.haat.api.Page;
import in.haat.api.PageRequest;
import in.haat.order.OrderSettlement;
import in.haat.order.SellerOrder;
import in.haat.order.mapping.SettlementFilter;
import in.haat.order.mapping.SettlementView;
import in.haat.order.repository.OrderRepository;
import in.haat.order.repository.SettlementRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads settlements for the seller API, always within what the caller's token may see (another tenant's order: 404). */
@ApplicationScoped
public class SettlementQueries {

    /** A settlement cursor holds the last row's order created_at and order id. */
    public static final int CURSOR_PARTS = 2;

    private final SettlementRepository settlements;
    private final OrderRepository orders;
    private final OrderAccess access;
    private final Caller caller;
    private final Reckoning reckoning;

    public SettlementQueries(SettlementRepository settlements, OrderRepository orders, OrderAccess access, Caller caller, Reckoning reckoning) {
        this.settlements = settlements;
        this.orders = orders;
        this.access = access;
        this.caller = caller;
        this.reckoning = reckoning;
    }

    @WithSession
    public Uni<SettlementView> get(String orderId) {
        return orders.findById(orderId).chain(order -> access.require(order, orderId))
                .chain(order -> settlements.findById(order.id).onItem().ifNull()
                        .failWith(() -> ApiException.notFound("no settlement of order " + orderId))
                        .map(s -> view(order, s)));
    }

    @WithSession
    public Uni<Page<SettlementView>> list(SettlementFilter filter, PageRequest page) {
        return settlements.page(List.copyOf(caller.sellerIds()), caller.partnerId().orElse(null), filter, page)
                .chain(rows -> (rows.isEmpty() ? Uni.createFrom().item(List.<SellerOrder>of())
                                : orders.list("id in ?1", rows.stream().map(s -> s.id).toList()))
                        .map(found -> {
                            Map<String, SellerOrder> byId = found.stream().collect(Collectors.toMap(o -> o.id, Function.identity()));
                            return Page.of(rows, page, s -> view(byId.get(s.id), s),
                                    last -> PageRequest.cursor(last.createdAt.toString(), last.id));
                        }));
    }

    private SettlementView view(SellerOrder order, OrderSettlement s) {
        return SettlementView.of(order, s, reckoning.of(order), reckoning.taxesWithheldBy().name());
    }
}

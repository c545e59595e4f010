package in.haat.order.service;

import in.haat.api.ApiException;
import in.haat.api.Caller;
import in.haat.api.TenantAccess;
import in.haat.order.SellerOrder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** The tenant rule for orders: another tenant's order answers 404, exactly like one that does not exist. */
@ApplicationScoped
public class OrderAccess {

    private final Caller caller;
    private final TenantAccess tenants;

    public OrderAccess(Caller caller, TenantAccess tenants) {
        this.caller = caller;
        this.tenants = tenants;
    }

    public Uni<SellerOrder> require(SellerOrder order, String orderId) {
        if (order == null) {
            return Uni.createFrom().failure(ApiException.notFound("no order " + orderId));
        }
        if (caller.mayActFor(order.sellerId, order.partnerId)) {
            return Uni.createFrom().item(order);
        }
        return tenants.requireSeller(order.sellerId).replaceWith(order)
                .onFailure(ApiException.class).transform(e -> ApiException.notFound("no order " + orderId));
    }
}

package in.haat.order.repository;

import in.haat.order.FulfilmentType;
import in.haat.order.OrderFulfilment;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Orders' fulfilments, in the caller's transaction. */
@ApplicationScoped
public class FulfilmentRepository implements PanacheRepositoryBase<OrderFulfilment, UUID> {

    /** The order's fulfilment under this id (a return's R1); null when it has none. */
    public Uni<OrderFulfilment> byId(String orderId, String fulfilmentId) {
        return find("orderId = ?1 and fulfilmentId = ?2", orderId, fulfilmentId).firstResult();
    }

    /** Every fulfilment of the order. */
    public Uni<java.util.List<OrderFulfilment>> all(String orderId) {
        return list("orderId", orderId);
    }

    /** The order's first fulfilment of this type (one Delivery, one Cancel, one RTO; returns: {@link #byId}); null when none. */
    public Uni<OrderFulfilment> of(String orderId, FulfilmentType type) {
        return find("orderId = ?1 and type = ?2", orderId, type).firstResult();
    }
}

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

    /** The order's fulfilment of this type (an order has at most one of a type today); null when it has none. */
    public Uni<OrderFulfilment> of(String orderId, FulfilmentType type) {
        return find("orderId = ?1 and type = ?2", orderId, type).firstResult();
    }
}

package in.haat.order.repository;

import in.haat.order.OrderReturn;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Orders' return requests, in the caller's transaction. */
@ApplicationScoped
public class ReturnRepository implements PanacheRepositoryBase<OrderReturn, UUID> {

    public Uni<List<OrderReturn>> of(String orderId) {
        return list("orderId = ?1 order by createdAt", orderId);
    }

    /** The order's return request under this fulfilment id; null when there is none. */
    public Uni<OrderReturn> of(String orderId, String fulfilmentId) {
        return find("orderId = ?1 and fulfilmentId = ?2", orderId, fulfilmentId).firstResult();
    }
}

package in.haat.order.repository;

import in.haat.order.OrderHistory;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Orders' histories, in the caller's transaction. */
@ApplicationScoped
public class HistoryRepository implements PanacheRepositoryBase<OrderHistory, Long> {

    /** Every change of an order, oldest first. */
    public Uni<List<OrderHistory>> of(String orderId) {
        return list("orderId = ?1 order by id", orderId);
    }
}

package in.haat.order.repository;

import in.haat.order.OrderLine;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Orders' item lines, in the caller's transaction. */
@ApplicationScoped
public class OrderLineRepository implements PanacheRepositoryBase<OrderLine, UUID> {

    /** An order's lines in quote order. */
    public Uni<List<OrderLine>> of(String orderId) {
        return list("orderId = ?1 order by lineNo", orderId);
    }
}

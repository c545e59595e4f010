package in.haat.order;

import in.haat.persistence.TimeOrderedIds;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One fulfilment of an order (its Delivery, id "1"; a Cancel, id "C1"), with its type and state as ONDC names them. */
@Entity
@Table(name = "order_fulfilment")
public class OrderFulfilment {

    @Id
    public UUID id;

    @Column(name = "order_id", nullable = false)
    public String orderId;

    /** The fulfilment's id in the ONDC order (fulfillments[].id). */
    @Column(name = "fulfilment_id", nullable = false)
    public String fulfilmentId;

    @Convert(converter = FulfilmentType.Column.class)
    @Column(nullable = false)
    public FulfilmentType type;

    @Convert(converter = FulfilmentState.Column.class)
    @Column(nullable = false)
    public FulfilmentState state;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** A new fulfilment of {@code order}, in {@code state} since the order's last change. */
    public static OrderFulfilment of(SellerOrder order, String fulfilmentId, FulfilmentType type, FulfilmentState state) {
        OrderFulfilment f = new OrderFulfilment();
        f.id = TimeOrderedIds.next();
        f.orderId = order.id;
        f.fulfilmentId = fulfilmentId;
        f.type = type;
        f.state = state;
        f.updatedAt = order.updatedAt;
        return f;
    }
}

package in.haat.order;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change of an order: its states after the change, why, and when. */
@Entity
@Table(name = "order_history")
public class OrderHistory {

    /**
     * The bigserial's, taken by the insert itself (one round trip, not a nextval and an insert), so entries are numbered
     * in the order they are written, on every replica.
     */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "order_id", nullable = false)
    public String orderId;

    @Convert(converter = OrderState.Column.class)
    @Column(nullable = false)
    public OrderState state;

    @Convert(converter = FulfilmentState.Column.class)
    @Column(name = "fulfilment_state", nullable = false)
    public FulfilmentState fulfilmentState;

    @Column(nullable = false)
    public String cause;

    @Column(nullable = false)
    public Instant at;

    public static OrderHistory of(SellerOrder order, String cause, Instant at) {
        OrderHistory h = new OrderHistory();
        h.orderId = order.id;
        h.state = order.state;
        h.fulfilmentState = order.fulfilmentState;
        h.cause = cause;
        h.at = at;
        return h;
    }
}

package in.haat.order;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change of an order: its states after the change, why, and when. */
@Entity
@Table(name = "order_history")
public class OrderHistory {

    /** From the bigserial's own sequence, one value at a time, so entries are inserted in the order they are made. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_history_id")
    @SequenceGenerator(name = "order_history_id", sequenceName = "order_history_id_seq", allocationSize = 1)
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

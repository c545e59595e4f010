package in.haat.order;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One fulfilment of an order (today its Delivery, id "1"), with its type and state as ONDC names them. */
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
}

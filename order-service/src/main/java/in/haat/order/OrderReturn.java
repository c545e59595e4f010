package in.haat.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A buyer's return request of some units of one item; its state is its Return fulfilment's (same fulfilment id). */
@Entity
@Table(name = "order_return")
public class OrderReturn {

    @Id
    public UUID id;

    @Column(name = "order_id", nullable = false)
    public String orderId;

    /** The Return fulfilment's id in the ONDC order, as the buyer app named the request (R1, ...). */
    @Column(name = "fulfilment_id", nullable = false)
    public String fulfilmentId;

    @Column(name = "item_id", nullable = false)
    public String itemId;

    @Column(name = "catalogue_item_id", nullable = false)
    public UUID catalogueItemId;

    @Column(nullable = false)
    public int quantity;

    /** ONDC's return reason code (001 to 005). */
    @Column(name = "reason_id", nullable = false)
    public String reasonId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}

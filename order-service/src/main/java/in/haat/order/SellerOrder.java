package in.haat.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An order a buyer placed with a seller over ONDC, as the seller's side of Haat keeps it. */
@Entity
@Table(name = "seller_order")
public class SellerOrder {

    @Id
    public UUID id;

    @Column(name = "seller_id", nullable = false)
    public UUID sellerId;

    @Column(name = "storefront_id", nullable = false)
    public UUID storefrontId;

    @Column(name = "ondc_transaction_id", nullable = false)
    public String ondcTransactionId;

    @Column(nullable = false)
    public String state;

    /** In rupees, two decimals. */
    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal total;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}

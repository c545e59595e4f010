package in.haat.order;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A confirmed order, under the buyer app's own order id: whose it is, its ONDC order state and the state of its
 * Delivery fulfilment (kept here too, for lists and filters; {@link OrderFulfilment} has every fulfilment), and the
 * ONDC order as last sent to the buyer app ({@code document}). Its lines are {@link OrderLine}s, its changes
 * {@link OrderHistory}.
 */
@Entity
@Table(name = "seller_order")
public class SellerOrder {

    @Id
    public String id;

    @Column(name = "transaction_id", nullable = false)
    public String transactionId;

    @Column(name = "storefront_id", nullable = false)
    public UUID storefrontId;

    @Column(name = "seller_id", nullable = false)
    public UUID sellerId;

    @Column(name = "partner_id")
    public String partnerId;

    @Column(name = "bap_id", nullable = false)
    public String bapId;

    @Convert(converter = OrderState.Column.class)
    @Column(nullable = false)
    public OrderState state;

    @Convert(converter = FulfilmentState.Column.class)
    @Column(name = "fulfilment_state", nullable = false)
    public FulfilmentState fulfilmentState;

    /** In rupees: the quote's price. */
    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal total;

    /** In rupees: refunded outside the quote, the refunds of issues resolved with REFUND (0.00: none). */
    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal refunded = BigDecimal.ZERO.setScale(2);

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public JsonNode document;

    /** The retail version the buyer app confirmed in (1.2.0, 1.2.5; null: before this was kept, answered as 1.2.0). */
    @Column(name = "core_version")
    public String coreVersion;

    /** Secret part of the invoice URL buyer apps get. */
    @Column(name = "invoice_token", nullable = false)
    public String invoiceToken;

    /** The billing phone's last 10 digits, by which the seller finds a buyer's orders; null when the buyer gave none. */
    @Column(name = "buyer_phone")
    public String buyerPhone;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}

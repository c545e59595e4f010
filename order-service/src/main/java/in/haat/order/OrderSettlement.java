package in.haat.order;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An order's settlement (one per {@link SellerOrder}, made with it): its state and what the network last said of it,
 * the collector's /recon and our answer, and the settlement agency's report. The amounts we reckon are not kept: they
 * follow from the order as it stands (docs/settlement.md).
 */
@Entity
@Table(name = "order_settlement")
public class OrderSettlement {

    /** The order's id. */
    @Id
    public String id;

    @Column(name = "seller_id", nullable = false)
    public UUID sellerId;

    @Column(name = "partner_id")
    public String partnerId;

    @Column(name = "storefront_id", nullable = false)
    public UUID storefrontId;

    @Convert(converter = SettlementState.Column.class)
    @Column(nullable = false)
    public SettlementState state = SettlementState.PENDING;

    /** The collector's last /recon of this order (its order entry) and our answer ({"asked", "answered"}); null: none yet. */
    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode recon;

    /** The settlement agency's last report of this order (its order entry, with the settlement's id and type); null: none yet. */
    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode report;

    /** Why it is disputed, in words; null otherwise. */
    public String reason;

    @Column(name = "settled_at")
    public Instant settledAt;

    /** The order's created_at: settlements list and page by it. */
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The pending settlement of a new order. */
    public static OrderSettlement of(SellerOrder order) {
        OrderSettlement s = new OrderSettlement();
        s.id = order.id;
        s.sellerId = order.sellerId;
        s.partnerId = order.partnerId;
        s.storefrontId = order.storefrontId;
        s.createdAt = order.createdAt;
        s.updatedAt = order.createdAt;
        return s;
    }
}

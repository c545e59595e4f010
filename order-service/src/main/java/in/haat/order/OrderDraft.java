package in.haat.order;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One ONDC transaction on its way to an order: what was quoted, the order answered at /on_init, the stock hold and
 * the buyer's /confirm as sent. Every step is kept here, so a restart continues where the last committed step left off.
 */
@Entity
@Table(name = "order_draft")
// Only the columns a step changed: the draft's JSON documents (the quote, the /on_init order) are written once, not again
// (serialised, sent and compressed by PostgreSQL anew) with every later step's update (issue 15).
@DynamicUpdate
public class OrderDraft {

    @Id
    @Column(name = "transaction_id")
    public String transactionId;

    @Column(name = "storefront_id", nullable = false)
    public UUID storefrontId;

    @Column(name = "seller_id", nullable = false)
    public UUID sellerId;

    @Column(name = "bap_id", nullable = false)
    public String bapId;

    @Convert(converter = DraftStage.Column.class)
    @Column(nullable = false)
    public DraftStage stage;

    /** The last quote we sent (/on_select or /on_init). */
    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode quote;

    @Column(name = "init_message_id")
    public String initMessageId;

    /** The order /on_init answers (and, on confirm, what the buyer must agree with). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "init_order")
    public JsonNode initOrder;

    /** The stock hold asked for at the latest /init: {@code txn.<transaction>.<holdSeq>}. */
    @Column(name = "hold_reference")
    public String holdReference;

    @Column(name = "hold_seq", nullable = false)
    public int holdSeq;

    /** When the hold ends: inventory-service's time limit, or our own deadline for a hold {@link #holdUntilReleased}. */
    @Column(name = "hold_expires_at")
    public Instant holdExpiresAt;

    /**
     * inventory-service holds the stock until we commit or release it (no time limit of its own): a /confirm may answer
     * at once, and {@code HoldDeadlines} releases the hold when {@link #holdExpiresAt} passes.
     */
    @Column(name = "hold_until_released", nullable = false)
    public boolean holdUntilReleased;

    /** The buyer app's order id, from /confirm on. */
    @Column(name = "order_id")
    public String orderId;

    @Column(name = "confirm_message_id")
    public String confirmMessageId;

    /** The retail version of the buyer's /confirm (1.2.0, 1.2.5). */
    @Column(name = "core_version")
    public String coreVersion;

    /** The buyer's /confirm order as sent (billing, delivery end, payment, bap_terms). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "confirm_order")
    public JsonNode confirmOrder;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Moves the draft to {@code next}, as {@link Transitions} permits; anything else is a bug and fails. */
    public void moveTo(DraftStage next) {
        stage = Transitions.draft(stage, next);
    }
}

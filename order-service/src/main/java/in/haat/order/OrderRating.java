package in.haat.order;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A buyer's rating of one thing of an order (the order, an item, a fulfilment, the provider), the latest value kept. */
@Entity
@Table(name = "order_rating")
public class OrderRating {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_rating_id")
    @SequenceGenerator(name = "order_rating_id", sequenceName = "order_rating_id_seq", allocationSize = 1)
    public Long id;

    @Column(name = "order_id", nullable = false)
    public String orderId;

    @Column(name = "transaction_id", nullable = false)
    public String transactionId;

    @Column(name = "seller_id", nullable = false)
    public UUID sellerId;

    @Column(name = "partner_id")
    public String partnerId;

    @Column(name = "storefront_id", nullable = false)
    public UUID storefrontId;

    @Convert(converter = RatingCategory.Column.class)
    @Column(nullable = false)
    public RatingCategory category;

    @Column(name = "rated_id", nullable = false)
    public String ratedId;

    @Column(nullable = false)
    public short value;

    /** The feedback form and id as the buyer app sent them; null when it sent none. */
    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode feedback;

    @Column(name = "bap_id", nullable = false)
    public String bapId;

    /** The /rating that last set it. */
    @Column(name = "message_id", nullable = false)
    public String messageId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}

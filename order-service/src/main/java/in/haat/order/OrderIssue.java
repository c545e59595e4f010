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
 * A buyer's issue (IGM) about an order, under the buyer app's issue id: whose it is, what it concerns (category,
 * sub-category, items, fulfilments, description, images, complainant), its state, type (ISSUE, GRIEVANCE once
 * escalated), resolution, the GRO it was escalated to, and its deadlines. Its actions are {@link IssueHistory}.
 */
@Entity
@Table(name = "order_issue")
public class OrderIssue {

    @Id
    public String id;

    @Column(name = "bap_id", nullable = false)
    public String bapId;

    /** The /issue's transaction: unsolicited /on_issue go out in it. */
    @Column(name = "transaction_id", nullable = false)
    public String transactionId;

    @Column(name = "order_id", nullable = false)
    public String orderId;

    @Column(name = "seller_id", nullable = false)
    public UUID sellerId;

    @Column(name = "partner_id")
    public String partnerId;

    @Column(name = "storefront_id", nullable = false)
    public UUID storefrontId;

    /** 1.0.0 or 2.0.0: the IGM version the buyer app speaks; our callbacks are in the same. */
    @Column(name = "igm_version", nullable = false)
    public String igmVersion;

    /** The retail domain of the /issue (ONDC:RET10, ...): our organization is named "bpp_id::domain". */
    @Column(nullable = false)
    public String domain;

    @Column(nullable = false)
    public String category;

    @Column(name = "sub_category", nullable = false)
    public String subCategory;

    /** ISSUE, GRIEVANCE once the buyer escalated it, DISPUTE once escalated again (to the ODR provider). */
    @Column(name = "issue_type", nullable = false)
    public String issueType;

    @Convert(converter = IssueState.Column.class)
    @Column(nullable = false)
    public IssueState state;

    /** The buyer's description as sent: short_desc, long_desc, images. */
    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode description;

    /** What of the order it is about: {@code {"item_ids": [...], "fulfilment_ids": [...]}}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public JsonNode concerns;

    /** Who complains: 1.0.0's complainant_info, or {@code {"actors": [...]}} (2.0.0's consumers). */
    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode complainant;

    /** The buyer's issue as last received. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public JsonNode document;

    /** The seller's resolution (IGM's resolution object), once resolved. */
    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode resolution;

    /** The grievance redressal officer it was escalated to. */
    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode gro;

    /** The ODR provider a grievance went on to ({name, url, short_desc}); null until the buyer escalated it again. */
    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode odr;

    /** ISO 8601 durations the deadlines are counted with (the issue's own, else ours). */
    @Column(name = "response_time", nullable = false)
    public String responseTime;

    @Column(name = "resolution_time", nullable = false)
    public String resolutionTime;

    /** When the buyer raised it (its created_at, never later than we received it). */
    @Column(name = "raised_at", nullable = false)
    public Instant raisedAt;

    @Column(name = "respond_by")
    public Instant respondBy;

    @Column(name = "resolve_by")
    public Instant resolveBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public IssueDeadlines deadlines() {
        return new IssueDeadlines(respondBy, resolveBy);
    }
}

package in.haat.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One ONDC message that crossed the beckn edge, in or out, kept verbatim for the transaction log. */
@Entity
@Table(name = "ondc_message")
public class OndcMessage {

    @Id
    public UUID id;

    @Column(name = "transaction_id", nullable = false)
    public String transactionId;

    @Column(name = "message_id", nullable = false)
    public String messageId;

    /** The beckn action: search, on_search, select, ... */
    @Column(nullable = false)
    public String action;

    /** {@code in} (received from the network) or {@code out} (sent by Haat). */
    @Column(nullable = false)
    public String direction;

    /** Null until the message is tied to a seller. */
    @Column(name = "seller_id")
    public UUID sellerId;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public JsonNode body;

    /** Whether the sender's signature verified; null for messages Haat sent. */
    @Column(name = "signature_ok")
    public Boolean signatureOk;

    /** The buyer app that sent an inbound message. */
    @Column(name = "bap_id")
    public String bapId;

    /** The signature headers it came or went with (and, for a callback, which attempt this was). */
    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode headers;

    /** Our synchronous answer to an inbound message, or the buyer app's answer to a callback (if JSON). */
    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode answer;

    @Column(name = "http_status")
    public Integer httpStatus;

    /** Whether the message was ACKed: by us (inbound) or by the buyer app (a callback attempt). */
    public Boolean acked;

    /** What the request checks noted but let through (extra fields, unlisted enum values), as problems; null if none. */
    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode warnings;

    /** Why a signature did not verify. */
    @Column(name = "signature_problem")
    public String signatureProblem;
}

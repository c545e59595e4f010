package in.haat.order;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/**
 * One ONDC transaction on its way to an order: what was quoted, the order answered at /on_init, the stock hold and
 * the buyer's /confirm. Every step is kept here, so a restart continues where the last committed step left off.
 */
public class OrderDraft {

    /** Selected: quoted. Holding: /init answered by a stock request. Held: stock held, /on_init sent. */
    public static final String SELECTED = "selected";
    public static final String HOLDING = "holding";
    public static final String HELD = "held";
    public static final String HOLD_REFUSED = "hold-refused";
    /** Confirming: /confirm checked, stock commit asked. Confirmed: an order exists. Refused: no stock, no order. */
    public static final String CONFIRMING = "confirming";
    public static final String CONFIRMED = "confirmed";
    public static final String REFUSED = "refused";

    public String transactionId;
    public UUID storefrontId;
    public UUID sellerId;
    public String bapId;
    public String stage;
    public JsonNode quote;
    public String initMessageId;
    public JsonNode initOrder;
    public String holdReference;
    public int holdSeq;
    public Instant holdExpiresAt;
    public String orderId;
    public String confirmMessageId;
    public JsonNode confirmOrder;
    public Instant createdAt;
    public Instant updatedAt;
}

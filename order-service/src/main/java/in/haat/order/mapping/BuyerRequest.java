package in.haat.order.mapping;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import in.haat.ondc.OndcJson;
import in.haat.ondc.beckn.Context;
import in.haat.ondc.retail.Order;
import in.haat.ondc.retail.OrderMessage;
import java.time.Instant;

/**
 * The gateway's {@code ondc.<action>} payload, version 1: a verified buyer request as received, its context typed and
 * its message as sent (a refusal echoes what it can of it).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BuyerRequest(String action, Context context, JsonNode message, @JsonProperty("received_at") Instant receivedAt) {

    public String transactionId() {
        return orEmpty(context.transactionId());
    }

    public String messageId() {
        return orEmpty(context.messageId());
    }

    /** The retail version the buyer app speaks (1.2.0 or 1.2.5); our answer is in the same. */
    public String coreVersion() {
        return orEmpty(context.coreVersion());
    }

    public String bapId() {
        return orEmpty(context.bapId());
    }

    /** The message's order as sent (a missing node when there is none). */
    public JsonNode order() {
        return message == null || message.get("order") == null ? MissingNode.getInstance() : message.get("order");
    }

    /** The message's order, typed; null when there is none. */
    public Order ondcOrder() {
        return OndcJson.read(order(), Order.class);
    }

    /** The message, typed: the order, or the order id and cancellation reason of /status, /track and /cancel. */
    public OrderMessage ondcMessage() {
        return message == null || !message.isObject() ? new OrderMessage(null, null, null, null, null, null) : OndcJson.read(message, OrderMessage.class);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}

package in.haat.order.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.events.Outbox;
import in.haat.ondc.OndcJson;
import in.haat.ondc.beckn.ErrorObject;
import in.haat.order.event.OndcResult;
import in.haat.order.event.OrderEvents;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** Answers buyer apps: an {@code ondc.result} through the outbox, which the gateway turns into the signed /on_* callback. */
@ApplicationScoped
public class Callbacks {

    private final Outbox outbox;

    public Callbacks(Outbox outbox) {
        this.outbox = outbox;
    }

    /** A callback; {@code requestMessageId} null makes it unsolicited. */
    public Uni<Void> send(String action, String transactionId, String requestMessageId, JsonNode message, JsonNode error,
            Map<String, String> trace) {
        return outbox.publish(OrderEvents.RESPONSES_TOPIC, OrderEvents.ONDC_RESULT, 1, transactionId,
                new OndcResult(action, transactionId, requestMessageId, forBuyer(action, message), error), trace).replaceWithVoid();
    }

    /**
     * The message as the buyer app gets it: after /on_select a quote's item lines carry no {@code item.quantity}
     * (available and maximum: ONDC's validator, "Extra attribute Quantity provided in quote object i.e not supposed to
     * be provided after on_select"); the line's {@code @ondc/org/item_quantity} stays, as in /on_select. The order as
     * kept here keeps both. It edits the message as a tree on purpose: any message leaves through here, a refusal's echo
     * of what the buyer sent included, and that must go out as it is, not as the records would rewrite it.
     */
    static JsonNode forBuyer(String action, JsonNode message) {
        JsonNode breakup = message == null ? null : message.path("order").path("quote").path("breakup");
        if ("on_select".equals(action) || breakup == null || !breakup.isArray()) {
            return message;
        }
        JsonNode copy = message.deepCopy();
        copy.path("order").path("quote").path("breakup").forEach(line -> {
            if (line.path("item") instanceof ObjectNode item) {
                item.remove("quantity");
            }
        });
        return copy;
    }

    /** ONDC's error object. */
    public static ObjectNode error(String type, String code, String message) {
        return OndcJson.tree(new ErrorObject(type, code, null, message, Map.of()));
    }

    public static ObjectNode domainError(String code, String message) {
        return error("DOMAIN-ERROR", code, message);
    }
}

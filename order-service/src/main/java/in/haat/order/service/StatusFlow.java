package in.haat.order.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.order.mapping.BuyerRequest;
import in.haat.order.repository.OrderRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;

/** /status and /track: the order as it stands, and where its delivery is; 30018 for an order the transaction does not have. */
@ApplicationScoped
public class StatusFlow {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final OrderRepository orders;
    private final Callbacks callbacks;

    public StatusFlow(OrderRepository orders, Callbacks callbacks) {
        this.orders = orders;
        this.callbacks = callbacks;
    }

    public Uni<Void> status(BuyerRequest r, Map<String, String> trace) {
        String orderId = orderId(r);
        return orders.findById(orderId).chain(order -> {
            if (order == null || !order.transactionId.equals(r.transactionId())) {
                return callbacks.send("on_status", r.transactionId(), r.messageId(), JSON.objectNode().set("order", JSON.objectNode().put("id", orderId)),
                        Callbacks.domainError("30018", "order not found"), trace);
            }
            return callbacks.send("on_status", r.transactionId(), r.messageId(), JSON.objectNode().set("order", order.document), null, trace);
        });
    }

    public Uni<Void> track(BuyerRequest r, Map<String, String> trace) {
        return orders.findById(orderId(r)).chain(order -> {
            ObjectNode tracking = JSON.objectNode();
            tracking.put("id", Quote.FULFILMENT_ID);
            if (order == null || !order.transactionId.equals(r.transactionId())) {
                tracking.put("status", "inactive");
                return callbacks.send("on_track", r.transactionId(), r.messageId(), JSON.objectNode().set("tracking", tracking),
                        Callbacks.domainError("30018", "order not found"), trace);
            }
            tracking.put("status", order.fulfilmentState.moving() ? "active" : "inactive");
            if (OndcOrders.RETAIL_125.equals(r.coreVersion())) {
                // 1.2.5 names the order and how its location is given (ONDC's on_track example: polled gps).
                ArrayNode tags = tracking.putArray("tags");
                tags.addObject().put("code", "order").putArray("list").addObject().put("code", "id").put("value", order.id);
                ArrayNode config = tags.addObject().put("code", "config").putArray("list");
                config.addObject().put("code", "attr").put("value", "tracking.location.gps");
                config.addObject().put("code", "type").put("value", "live_poll");
            }
            JsonNode start = order.document.path("fulfillments").path(0).path("start").path("location");
            if (start.path("gps").isTextual()) {
                ObjectNode location = tracking.putObject("location");
                location.put("gps", start.path("gps").asText());
                String now = OndcOrders.timestamp(Instant.now());
                location.putObject("time").put("timestamp", now);
                location.put("updated_at", now);
            }
            return callbacks.send("on_track", r.transactionId(), r.messageId(), JSON.objectNode().set("tracking", tracking), null, trace);
        });
    }

    private static String orderId(BuyerRequest r) {
        return r.message() == null ? "" : r.message().path("order_id").asText("");
    }
}

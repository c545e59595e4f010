package in.haat.order.service;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.ondc.OndcJson;
import in.haat.ondc.retail.Fulfillment;
import in.haat.ondc.retail.Location;
import in.haat.ondc.beckn.Tag;
import in.haat.ondc.beckn.TagGroup;
import in.haat.ondc.retail.Order;
import in.haat.ondc.retail.OrderMessage;
import in.haat.ondc.retail.Time;
import in.haat.ondc.retail.Tracking;
import in.haat.order.mapping.BuyerRequest;
import in.haat.order.repository.OrderRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
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
                return callbacks.send("on_status", r.transactionId(), r.messageId(), OndcJson.tree(new OrderMessage(Order.of(null, null, null, null).withId(orderId), null, null, null, null, Map.of())),
                        Callbacks.domainError("30018", "order not found"), trace);
            }
            return callbacks.send("on_status", r.transactionId(), r.messageId(), JSON.objectNode().set("order", order.document), null, trace);
        });
    }

    public Uni<Void> track(BuyerRequest r, Map<String, String> trace) {
        return orders.findById(orderId(r)).chain(order -> {
            if (order == null || !order.transactionId.equals(r.transactionId())) {
                return callbacks.send("on_track", r.transactionId(), r.messageId(), tracking(new Tracking(Quote.FULFILMENT_ID, "inactive", null, null, Map.of())),
                        Callbacks.domainError("30018", "order not found"), trace);
            }
            // 1.2.5 names the order and how its location is given (ONDC's on_track example: polled gps).
            List<TagGroup> tags = !OndcOrders.RETAIL_125.equals(r.coreVersion()) ? null : List.of(
                    TagGroup.of("order", List.of(Tag.of("id", order.id))),
                    TagGroup.of("config", List.of(Tag.of("attr", "tracking.location.gps"), Tag.of("type", "live_poll"))));
            Fulfillment delivery = OndcJson.read(order.document, Order.class).fulfillment();
            Location start = delivery == null || delivery.start() == null ? null : delivery.start().location();
            Location location = null;
            if (start != null && start.gps() != null) {
                String now = OndcOrders.timestamp(Instant.now());
                location = new Location(null, start.gps(), null, null, new Time(null, now, null, null, Map.of()), now, Map.of());
            }
            Tracking tracking = new Tracking(Quote.FULFILMENT_ID, order.fulfilmentState.moving() ? "active" : "inactive", location, tags, Map.of());
            return callbacks.send("on_track", r.transactionId(), r.messageId(), tracking(tracking), null, trace);
        });
    }

    private static ObjectNode tracking(Tracking tracking) {
        return JSON.objectNode().set("tracking", OndcJson.tree(tracking));
    }

    private static String orderId(BuyerRequest r) {
        String orderId = r.ondcMessage().orderId();
        return orderId == null ? "" : orderId;
    }
}

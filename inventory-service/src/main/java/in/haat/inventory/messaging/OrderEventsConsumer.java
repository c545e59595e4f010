package in.haat.inventory.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import in.haat.events.EventCodec;
import in.haat.events.EventEnvelope;
import in.haat.events.IdempotentConsumer;
import in.haat.events.MalformedEventException;
import in.haat.inventory.mapping.HoldLine;
import in.haat.inventory.service.OrderStock;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * order-service's stock requests from {@code haat.order.events} ({@code order.stock-hold-requested}, {@code -commit-},
 * {@code -release-}, {@code -ship-}, {@code -return-requested}), each applied once with its answer in one transaction;
 * order lifecycle events are not ours.
 */
@ApplicationScoped
public class OrderEventsConsumer {

    static final String CONSUMER = "inventory/order-stock";

    private final EventCodec codec;
    private final IdempotentConsumer idempotent;
    private final OrderStock stock;

    public OrderEventsConsumer(EventCodec codec, IdempotentConsumer idempotent, OrderStock stock) {
        this.codec = codec;
        this.idempotent = idempotent;
        this.stock = stock;
    }

    @Incoming("order-events")
    public Uni<Void> consume(String json) {
        return idempotent.handle(() -> consumeOnce(json));
    }

    private Uni<Void> consumeOnce(String json) {
        EventEnvelope event = codec.fromJson(json);
        return switch (event.type()) {
            case "order.stock-hold-requested" -> once(event, () -> stock.hold(request(event), event.trace()));
            case "order.stock-commit-requested" -> once(event, () -> stock.commit(request(event), event.trace()));
            case "order.stock-release-requested" -> once(event, () -> stock.release(request(event)));
            case "order.stock-ship-requested" -> once(event, () -> stock.ship(request(event), event.trace()));
            case "order.stock-return-requested" -> once(event, () -> stock.giveBack(request(event), event.trace()));
            default -> Uni.createFrom().voidItem();
        };
    }

    private Uni<Void> once(EventEnvelope event, java.util.function.Supplier<Uni<?>> effect) {
        return idempotent.applyOnce(CONSUMER, event, effect).replaceWithVoid();
    }

    private static OrderStock.Request request(EventEnvelope event) {
        JsonNode p = event.payload();
        try {
            List<HoldLine> lines = new ArrayList<>();
            for (JsonNode line : p.path("items")) {
                int quantity = line.path("quantity").asInt();
                if (quantity < 1) {
                    throw new IllegalArgumentException("quantity must be at least 1");
                }
                lines.add(new HoldLine(UUID.fromString(line.path("catalogue_item_id").asText()), quantity));
            }
            String reference = p.path("reference").asText();
            if (reference.isEmpty()) {
                throw new IllegalArgumentException("no reference");
            }
            Duration ttl = p.path("ttl").isTextual() ? Duration.parse(p.path("ttl").asText()) : null;
            return new OrderStock.Request(reference, UUID.fromString(p.path("storefront_id").asText()),
                    p.path("transaction_id").asText(null), p.path("order_id").isTextual() ? p.path("order_id").asText() : null, lines, ttl);
        } catch (RuntimeException e) {
            throw new MalformedEventException(event.type() + " " + event.id() + " cannot be read: " + e.getMessage(), e);
        }
    }
}

package in.haat.inventory.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import in.haat.events.BatchEventHandler;
import in.haat.events.EventEnvelope;
import in.haat.events.IdempotentConsumer;
import in.haat.events.MalformedEventException;
import in.haat.inventory.mapping.HoldLine;
import in.haat.inventory.service.OrderStock;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * order-service's stock requests from {@code haat.order.events} ({@code order.stock-hold-requested}, {@code -commit-},
 * {@code -release-}, {@code -ship-}, {@code -return-requested}), each applied once with its answer; read in batches, one
 * transaction each, whose holds and stock rows are locked first in lock order (issue 15: a hop of every /confirm was
 * one transaction per request). Order lifecycle events are not ours.
 */
@ApplicationScoped
public class OrderEventsConsumer implements BatchEventHandler {

    private final IdempotentConsumer consumer;
    private final OrderStock stock;

    public OrderEventsConsumer(IdempotentConsumer consumer, OrderStock stock) {
        this.consumer = consumer;
        this.stock = stock;
    }

    @Incoming("order-events")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public Uni<Void> consume(KafkaRecordBatch<String, String> batch) {
        return consumer.consumeBatch(batch, this);
    }

    /** The batch's holds and stock rows locked in lock order, then each request applied in the order it came. */
    @Override
    public Uni<Void> applyAll(List<EventEnvelope> events) {
        return stock.lockFor(events.stream().map(OrderEventsConsumer::request).toList())
                .chain(() -> consumer.applyEach(this, events));
    }

    @Override
    public String name() {
        return "inventory/order-stock";
    }

    @Override
    public Set<String> types() {
        return Set.of("order.stock-hold-requested", "order.stock-commit-requested", "order.stock-release-requested",
                "order.stock-ship-requested", "order.stock-return-requested", "order.stock-restock-requested");
    }

    @Override
    public Uni<Void> apply(EventEnvelope event) {
        OrderStock.Request request = request(event);
        return switch (event.type()) {
            case "order.stock-hold-requested" -> stock.hold(request);
            case "order.stock-commit-requested" -> stock.commit(request);
            case "order.stock-release-requested" -> stock.release(request);
            case "order.stock-ship-requested" -> stock.ship(request);
            case "order.stock-restock-requested" -> stock.restock(request);
            default -> stock.giveBack(request);
        };
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
                    p.path("transaction_id").asText(null), p.path("order_id").isTextual() ? p.path("order_id").asText() : null, lines, ttl,
                    p.path("until_released").asBoolean(false), p.path("order_made").asBoolean(false));
        } catch (RuntimeException e) {
            throw new MalformedEventException(event.type() + " " + event.id() + " cannot be read: " + e.getMessage(), e);
        }
    }
}

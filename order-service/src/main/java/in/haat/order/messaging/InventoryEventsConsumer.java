package in.haat.order.messaging;

import in.haat.events.EventCodec;
import in.haat.events.EventEnvelope;
import in.haat.events.EventHandler;
import in.haat.events.IdempotentConsumer;
import in.haat.events.MalformedEventException;
import in.haat.order.mapping.StockAnswer;
import in.haat.order.repository.CatalogueRepository;
import in.haat.order.service.StockAnswerFlow;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads inventory-service's events: {@code stock.changed} keeps the available stock /select quotes from; the answers to
 * our stock requests ({@code stock.held}, {@code stock.hold-refused}, {@code stock.committed}, {@code stock.commit-refused})
 * move the order flow on.
 */
@ApplicationScoped
public class InventoryEventsConsumer implements EventHandler {

    private final IdempotentConsumer consumer;
    private final EventCodec codec;
    private final CatalogueRepository catalogue;
    private final StockAnswerFlow flow;

    public InventoryEventsConsumer(IdempotentConsumer consumer, EventCodec codec, CatalogueRepository catalogue,
            StockAnswerFlow flow) {
        this.consumer = consumer;
        this.codec = codec;
        this.catalogue = catalogue;
        this.flow = flow;
    }

    @Incoming("inventory-events")
    public Uni<Void> consume(String json) {
        return consumer.consume(json, this);
    }

    @Override
    public String name() {
        return "order-service/inventory";
    }

    @Override
    public Set<String> types() {
        return Set.of("stock.changed", "stock.held", "stock.hold-refused", "stock.committed", "stock.commit-refused");
    }

    @Override
    public Uni<Void> apply(EventEnvelope event) {
        return switch (event.type()) {
            case "stock.changed" -> catalogue.stock(CatalogueEventsConsumer.uuid(event, "storefront_id"),
                    CatalogueEventsConsumer.uuid(event, "catalogue_item_id"), event.payload().path("available").asInt(0),
                    event.payload().path("version").asLong(0));
            case "stock.held" -> flow.held(answer(event), event.trace());
            case "stock.hold-refused" -> flow.holdRefused(answer(event), event.trace());
            case "stock.committed" -> flow.committed(answer(event), event.trace());
            default -> flow.commitRefused(answer(event), event.trace());
        };
    }

    private StockAnswer answer(EventEnvelope event) {
        StockAnswer answer = codec.payloadAs(event, StockAnswer.class);
        if (answer.transactionId() == null || answer.reference() == null) {
            throw new MalformedEventException(event.type() + " " + event.id() + " has no transaction_id or reference", null);
        }
        return answer;
    }
}

package in.haat.order.messaging;

import in.haat.events.EventCodec;
import in.haat.events.EventEnvelope;
import in.haat.events.IdempotentConsumer;
import in.haat.order.mapping.StockAnswer;
import in.haat.order.repository.CatalogueRepository;
import in.haat.order.service.StockAnswerFlow;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads inventory-service's events: {@code stock.changed} keeps the available stock /select quotes from; the answers to
 * our stock requests ({@code stock.held}, {@code stock.hold-refused}, {@code stock.committed}, {@code stock.commit-refused})
 * move the order flow on.
 */
@ApplicationScoped
public class InventoryEventsConsumer {

    static final String CONSUMER = "order-service/inventory";

    private final EventCodec codec;
    private final IdempotentConsumer idempotent;
    private final CatalogueRepository catalogue;
    private final StockAnswerFlow flow;

    public InventoryEventsConsumer(EventCodec codec, IdempotentConsumer idempotent, CatalogueRepository catalogue, StockAnswerFlow flow) {
        this.codec = codec;
        this.idempotent = idempotent;
        this.catalogue = catalogue;
        this.flow = flow;
    }

    @Incoming("inventory-events")
    public Uni<Void> consume(String json) {
        return idempotent.handle(() -> consumeOnce(json));
    }

    private Uni<Void> consumeOnce(String json) {
        EventEnvelope event = codec.fromJson(json);
        return switch (event.type()) {
            case "stock.changed" -> once(event, () -> catalogue.stock(CatalogueEventsConsumer.uuid(event, "storefront_id"),
                    CatalogueEventsConsumer.uuid(event, "catalogue_item_id"), event.payload().path("available").asInt(0),
                    event.payload().path("version").asLong(0)));
            case "stock.held" -> once(event, () -> flow.held(answer(event), event.trace()));
            case "stock.hold-refused" -> once(event, () -> flow.holdRefused(answer(event), event.trace()));
            case "stock.committed" -> once(event, () -> flow.committed(answer(event), event.trace()));
            case "stock.commit-refused" -> once(event, () -> flow.commitRefused(answer(event), event.trace()));
            default -> Uni.createFrom().voidItem();
        };
    }

    private StockAnswer answer(EventEnvelope event) {
        StockAnswer answer = codec.payloadAs(event, StockAnswer.class);
        if (answer.transactionId() == null || answer.reference() == null) {
            throw new in.haat.events.MalformedEventException(event.type() + " " + event.id() + " has no transaction_id or reference", null);
        }
        return answer;
    }

    private Uni<Void> once(EventEnvelope event, java.util.function.Supplier<Uni<?>> effect) {
        return idempotent.applyOnce(CONSUMER, event, effect).replaceWithVoid();
    }
}

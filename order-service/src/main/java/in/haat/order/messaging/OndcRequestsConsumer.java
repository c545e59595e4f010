package in.haat.order.messaging;

import in.haat.events.BatchEventHandler;
import in.haat.events.EventCodec;
import in.haat.events.EventEnvelope;
import in.haat.events.IdempotentConsumer;
import in.haat.events.MalformedEventException;
import in.haat.order.mapping.BuyerRequest;
import in.haat.order.service.CancelFlow;
import in.haat.order.service.ConfirmFlow;
import in.haat.order.service.InitFlow;
import in.haat.order.service.IssueFlow;
import in.haat.order.service.RatingFlow;
import in.haat.order.service.ReconFlow;
import in.haat.order.service.SettlementReports;
import in.haat.order.service.SelectFlow;
import in.haat.order.service.StatusFlow;
import in.haat.order.service.UpdateFlow;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The buyer requests order-service answers ({@code ondc.select}, {@code init}, {@code confirm}, {@code status},
 * {@code track}, {@code cancel}, {@code update}, {@code rating}, IGM's {@code issue}, {@code issue_status}, RSF's {@code recon}
 * and the settlement agency's {@code on_settle} and {@code on_report} from the gateway),
 * each once however often Kafka delivers it; other actions are not ours. Read in batches, one transaction each (issue 15):
 * the batch's drafts locked first, then each request applied in order as if alone ({@link OrderBatches}).
 */
@ApplicationScoped
public class OndcRequestsConsumer implements BatchEventHandler {

    private final IdempotentConsumer consumer;
    private final EventCodec codec;
    private final SelectFlow select;
    private final InitFlow init;
    private final ConfirmFlow confirm;
    private final StatusFlow status;
    private final CancelFlow cancel;
    private final UpdateFlow update;
    private final RatingFlow rating;
    private final IssueFlow issue;
    private final ReconFlow recon;
    private final SettlementReports reports;
    private final OrderBatches batches;

    public OndcRequestsConsumer(IdempotentConsumer consumer, EventCodec codec, SelectFlow select, InitFlow init,
            ConfirmFlow confirm, StatusFlow status, CancelFlow cancel, UpdateFlow update, RatingFlow rating, IssueFlow issue,
            ReconFlow recon, SettlementReports reports, OrderBatches batches) {
        this.batches = batches;
        this.recon = recon;
        this.reports = reports;
        this.consumer = consumer;
        this.codec = codec;
        this.select = select;
        this.init = init;
        this.confirm = confirm;
        this.status = status;
        this.cancel = cancel;
        this.update = update;
        this.rating = rating;
        this.issue = issue;
    }

    @Incoming("ondc-requests")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public Uni<Void> consume(KafkaRecordBatch<String, String> batch) {
        return consumer.consumeBatch(batch, this);
    }

    /** A batch in order, each request as if alone, after its transactions' drafts are locked in one order. */
    @Override
    public Uni<Void> applyAll(List<EventEnvelope> events) {
        return batches.applyOneByOne(this, events, event -> event.payload().path("context").path("transaction_id").asText(null));
    }

    @Override
    public String name() {
        return "order-service/ondc-requests";
    }

    @Override
    public Set<String> types() {
        return Set.of("ondc.select", "ondc.init", "ondc.confirm", "ondc.status", "ondc.track", "ondc.cancel", "ondc.update",
                "ondc.rating", "ondc.issue", "ondc.issue_status", "ondc.recon", "ondc.on_settle", "ondc.on_report");
    }

    @Override
    public Uni<Void> apply(EventEnvelope event) {
        BuyerRequest request = codec.payloadAs(event, BuyerRequest.class);
        if (request.context() == null || request.transactionId().isEmpty()) {
            throw new MalformedEventException(event.type() + " " + event.id() + " has no context.transaction_id", null);
        }
        return flow(event, request).call(OrderBatches::settle);
    }

    private Uni<Void> flow(EventEnvelope event, BuyerRequest request) {
        return switch (event.type()) {
            case "ondc.select" -> select.select(request, event.trace());
            case "ondc.init" -> init.init(request, event.trace());
            case "ondc.confirm" -> confirm.confirm(request, event.trace());
            case "ondc.status" -> status.status(request, event.trace());
            case "ondc.cancel" -> cancel.cancel(request, event.trace());
            case "ondc.update" -> update.update(request, event.trace());
            case "ondc.rating" -> rating.rate(request, event.trace());
            case "ondc.issue" -> issue.issue(request, event.trace());
            case "ondc.issue_status" -> issue.status(request, event.trace());
            case "ondc.recon" -> recon.recon(request, event.trace());
            case "ondc.on_settle", "ondc.on_report" -> reports.report(request, event.trace());
            default -> status.track(request, event.trace());
        };
    }
}

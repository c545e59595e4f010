package in.haat.order.service;

import com.fasterxml.jackson.databind.JsonNode;
import in.haat.events.Outbox;
import in.haat.order.OrderSettlement;
import in.haat.order.SellerOrder;
import in.haat.order.SettlementState;
import in.haat.order.event.OrderEvents;
import in.haat.order.event.SettlementChanged;
import in.haat.order.repository.SettlementRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/** Records what the network said of an order's settlement: the move, the message kept, and order.settlement-changed, in the caller's transaction. */
@ApplicationScoped
public class SettlementRecords {

    private final SettlementRepository settlements;
    private final Outbox outbox;

    public SettlementRecords(SettlementRepository settlements, Outbox outbox) {
        this.settlements = settlements;
        this.outbox = outbox;
    }

    /** What happened, and what to keep of it: the recon or the report, and why it is disputed (null: it is not). */
    public record Said(SettlementState.Event event, JsonNode recon, JsonNode report, String reason) {
    }

    public Uni<Void> record(SellerOrder order, OrderSettlement s, Reckoning.Reckoned reckoned, Said said, Instant now,
            Map<String, String> trace) {
        SettlementState previous = s.state;
        s.state = previous.after(said.event());
        if (said.recon() != null) {
            s.recon = said.recon();
        }
        if (said.report() != null) {
            s.report = said.report();
        }
        // The reason stays while the settlement is disputed, and goes when it no longer is.
        s.reason = s.state == SettlementState.DISPUTED ? (said.reason() != null ? said.reason() : s.reason) : null;
        if (s.state == SettlementState.SETTLED && previous != SettlementState.SETTLED) {
            s.settledAt = now;
        }
        s.updatedAt = now;
        return settlements.persist(s).chain(() -> outbox.publish(OrderEvents.TOPIC, OrderEvents.SETTLEMENT_CHANGED, 1, order.id,
                new SettlementChanged(order.id, order.storefrontId, order.sellerId, s.state.code(), previous.code(),
                        said.event().name().toLowerCase(Locale.ROOT).replace('_', '-'), s.reason,
                        reckoned.amounts().net().toPlainString(), reckoned.amounts().collectorPays().toPlainString(), now), trace))
                .replaceWithVoid();
    }
}

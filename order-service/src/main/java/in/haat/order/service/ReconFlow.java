package in.haat.order.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.events.InOrder;
import in.haat.ondc.OndcJson;
import in.haat.ondc.rsf.ReconMessage;
import in.haat.ondc.rsf.ReconOrder;
import in.haat.order.OrderSettlement;
import in.haat.order.SellerOrder;
import in.haat.order.SettlementState;
import in.haat.order.mapping.BuyerRequest;
import in.haat.order.repository.OrderRepository;
import in.haat.order.repository.SettlementRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * RSF /recon, the receiver's side: each order the collector names is compared with what we reckon ({@link ReconAnswers}),
 * its settlement records the recon and moves (agreed: pending; disputed: disputed), and /on_recon answers every order
 * we know with recon_accord. An order that is not ours, or not this collector's (another buyer app's), is never
 * revealed: the answer leaves it out and names it in its error, 70030 (invalid order id, RSF's code).
 */
@ApplicationScoped
public class ReconFlow {

    /** RSF's error code for an order id the receiver does not know. */
    static final String UNKNOWN_ORDER = "70030";

    private final OrderRepository orders;
    private final SettlementRepository settlements;
    private final Reckoning reckoning;
    private final SettlementRecords records;
    private final Callbacks callbacks;

    public ReconFlow(OrderRepository orders, SettlementRepository settlements, Reckoning reckoning, SettlementRecords records,
            Callbacks callbacks) {
        this.orders = orders;
        this.settlements = settlements;
        this.reckoning = reckoning;
        this.records = records;
        this.callbacks = callbacks;
    }

    public Uni<Void> recon(BuyerRequest r, Map<String, String> trace) {
        List<ReconOrder> asked = read(r);
        List<String> ids = asked.stream().map(ReconOrder::id).filter(id -> id != null && !id.isBlank()).distinct().toList();
        Uni<List<SellerOrder>> found = ids.isEmpty() ? Uni.createFrom().item(List.of()) : orders.list("id in ?1", ids);
        return found.chain(list -> settlements.lock(list.stream().map(o -> o.id).toList()).chain(locked -> {
            // Only the collector's own orders: another buyer app's order is answered as unknown.
            Map<String, SellerOrder> byId = list.stream().filter(o -> o.bapId.equals(r.bapId()))
                    .collect(Collectors.toMap(o -> o.id, Function.identity()));
            Map<String, OrderSettlement> settlementOf = locked.stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
            Instant now = Instant.now();
            List<ReconOrder> answered = new ArrayList<>();
            LinkedHashSet<String> unknown = new LinkedHashSet<>();
            List<Supplier<Uni<Void>>> writes = new ArrayList<>();
            for (ReconOrder order : asked) {
                SellerOrder ours = order.id() == null ? null : byId.get(order.id());
                OrderSettlement settlement = ours == null ? null : settlementOf.get(ours.id);
                if (settlement == null) {
                    unknown.add(String.valueOf(order.id()));
                    continue;
                }
                Reckoning.Reckoned reckoned = reckoning.of(ours);
                ReconAnswers.Answer answer = ReconAnswers.answer(order, reckoned.amounts(), reckoning.taxesWithheldBy());
                answered.add(answer.order());
                ObjectNode kept = OndcJson.tree(Map.of("message_id", r.messageId(), "transaction_id", r.transactionId(),
                        "received_at", now.toString()));
                kept.set("asked", OndcJson.node(order));
                kept.set("answered", OndcJson.node(answer.order()));
                SettlementRecords.Said said = new SettlementRecords.Said(answer.accord() ? SettlementState.Event.RECON_AGREED
                        : SettlementState.Event.RECON_DISPUTED, kept, null, answer.reason());
                writes.add(() -> records.record(ours, settlement, reckoned, said, now, trace));
            }
            ObjectNode message = OndcJson.tree(new ReconMessage(answered));
            ObjectNode error = unknown.isEmpty() && !asked.isEmpty() ? null : Callbacks.domainError(UNKNOWN_ORDER, asked.isEmpty()
                    ? "the recon names no order" : "no order of " + r.bapId() + " with id " + String.join(", ", unknown));
            return InOrder.each(writes, Supplier::get).chain(() -> callbacks.send("on_recon", r.transactionId(), r.messageId(), message, error, trace));
        }));
    }

    /** The orders asked; none when the message cannot be read as a recon (answered with the error, never a failure). */
    private static List<ReconOrder> read(BuyerRequest r) {
        try {
            return r.message() == null || !r.message().isObject() ? List.of() : OndcJson.read(r.message(), ReconMessage.class).orderList();
        } catch (RuntimeException e) {
            return List.of();
        }
    }
}

package in.haat.order.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.events.InOrder;
import in.haat.ondc.OndcJson;
import in.haat.ondc.rsf.Amount;
import in.haat.ondc.rsf.SettledOrder;
import in.haat.ondc.rsf.SettlementMessage;
import in.haat.order.OrderSettlement;
import in.haat.order.SellerOrder;
import in.haat.order.SettlementState;
import in.haat.order.mapping.BuyerRequest;
import in.haat.order.repository.OrderRepository;
import in.haat.order.repository.SettlementRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The settlement agency's /on_settle and /on_report, matched to our orders: an order reported SETTLED at the amount the
 * collector owes us for it is settled; at another amount it is disputed (the reason says both); NOT_SETTLED leaves it
 * where it was. The amount is the inter-participant one (what moved from the collector to us), else the receiver's own
 * part. Orders we do not know, or of another collector than the report names, are passed over (logged): a report needs
 * no answer, and it must not touch another buyer app's orders.
 */
@ApplicationScoped
public class SettlementReports {

    private static final Logger LOG = Logger.getLogger(SettlementReports.class);

    private final OrderRepository orders;
    private final SettlementRepository settlements;
    private final Reckoning reckoning;
    private final SettlementRecords records;

    public SettlementReports(OrderRepository orders, SettlementRepository settlements, Reckoning reckoning, SettlementRecords records) {
        this.orders = orders;
        this.settlements = settlements;
        this.reckoning = reckoning;
        this.records = records;
    }

    public Uni<Void> report(BuyerRequest r, Map<String, String> trace) {
        SettlementMessage message = read(r);
        List<SettledOrder> reported = message == null ? List.of() : message.orderList();
        List<String> ids = reported.stream().map(SettledOrder::id).filter(id -> id != null && !id.isBlank()).distinct().toList();
        Uni<List<SellerOrder>> found = ids.isEmpty() ? Uni.createFrom().item(List.of()) : orders.list("id in ?1", ids);
        return found.chain(list -> settlements.lock(list.stream().map(o -> o.id).toList()).chain(locked -> {
            String collector = message == null ? null : message.collectorAppId();
            Map<String, SellerOrder> byId = list.stream().filter(o -> collector == null || collector.equals(o.bapId))
                    .collect(Collectors.toMap(o -> o.id, Function.identity()));
            Map<String, OrderSettlement> settlementOf = locked.stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
            Instant now = Instant.now();
            List<Supplier<Uni<Void>>> writes = new ArrayList<>();
            int passed = 0;
            for (SettledOrder order : reported) {
                SellerOrder ours = order.id() == null ? null : byId.get(order.id());
                OrderSettlement settlement = ours == null ? null : settlementOf.get(ours.id);
                if (settlement == null) {
                    passed++;
                    continue;
                }
                Reckoning.Reckoned reckoned = reckoning.of(ours);
                SettlementRecords.Said said = said(r, message, order, reckoned.amounts().collectorPays(), now);
                writes.add(() -> records.record(ours, settlement, reckoned, said, now, trace));
            }
            if (passed > 0) {
                LOG.infof("%s %s from %s: %d of %d orders are none of %s's with us, passed over", r.action(), r.messageId(),
                        r.context().bppId(), passed, reported.size(), collector);
            }
            return InOrder.each(writes, Supplier::get);
        }));
    }

    /** What the report says of one order, against what the collector owes us for it. */
    static SettlementRecords.Said said(BuyerRequest r, SettlementMessage message, SettledOrder order, BigDecimal owed, Instant now) {
        SettledOrder.Party part = order.interParticipant() != null ? order.interParticipant() : order.self();
        String status = part == null || part.status() == null ? "NOT_SETTLED" : part.status();
        BigDecimal paid = part == null ? null : amount(part.settledAmount() != null ? part.settledAmount() : part.amount());
        ObjectNode kept = OndcJson.tree(Map.of("action", r.action(), "message_id", r.messageId(), "received_at", now.toString(),
                "settlement_id", String.valueOf(message.settlement().id()), "settlement_type", String.valueOf(message.settlement().type())));
        kept.set("order", OndcJson.node(order));
        if (!"SETTLED".equals(status)) {
            return new SettlementRecords.Said(SettlementState.Event.REPORT_NOT_SETTLED, null, kept, null);
        }
        if (paid != null && paid.compareTo(owed) == 0) {
            return new SettlementRecords.Said(SettlementState.Event.REPORT_SETTLED, null, kept, null);
        }
        return new SettlementRecords.Said(SettlementState.Event.REPORT_MISMATCHED, null, kept, "the settlement agency reports "
                + (paid == null ? "no amount" : paid.toPlainString()) + " settled (" + r.action() + " " + message.settlement().id()
                + "), we reckon " + owed.toPlainString());
    }

    private static BigDecimal amount(Amount amount) {
        return amount == null ? null : amount.decimal();
    }

    private static SettlementMessage read(BuyerRequest r) {
        try {
            return r.message() == null || !r.message().isObject() ? null : OndcJson.read(r.message(), SettlementMessage.class);
        } catch (RuntimeException e) {
            return null;
        }
    }
}

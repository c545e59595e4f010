package in.haat.inventory.service;

import in.haat.events.Outbox;
import in.haat.inventory.StockHold;
import in.haat.inventory.StockLevel;
import in.haat.inventory.event.HoldAnswer;
import in.haat.inventory.event.InventoryEvents;
import in.haat.inventory.event.StockChangeCause;
import in.haat.inventory.event.StockChanged;
import in.haat.inventory.mapping.HoldLine;
import in.haat.inventory.repository.HoldRepository;
import in.haat.inventory.repository.StockChangeStatements;
import in.haat.inventory.repository.StockLevelRepository;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * order-service's stock requests, applied in the consumer's transaction with {@link StockHolds}: hold at /init, commit at
 * /confirm (taking the items again, atomically, if the hold expired or was refused), release, and ship or give back the
 * committed units of an order. A hold or commit is answered with an event ({@code stock.held}, {@code stock.hold-refused},
 * {@code stock.committed}, {@code stock.commit-refused}) in the same transaction, so the answer is never lost and never
 * sent for a change that did not commit; a commit whose order order-service already made is answered only if refused.
 */
@ApplicationScoped
public class OrderStock {

    /** Suffix of the hold a commit takes when the /init hold is gone: a reference holds one set of items once. */
    static final String RETAKEN = ":c";
    private static final Logger LOG = Logger.getLogger(OrderStock.class);

    private final StockHolds stockHolds;
    private final HoldRepository holds;
    private final StockLevelRepository levels;
    private final StockChangeStatements rows;
    private final Outbox outbox;

    public OrderStock(StockHolds stockHolds, HoldRepository holds, StockLevelRepository levels, StockChangeStatements rows,
            Outbox outbox) {
        this.stockHolds = stockHolds;
        this.holds = holds;
        this.levels = levels;
        this.rows = rows;
        this.outbox = outbox;
    }

    /**
     * Locks what a batch of requests may change, before any of them is applied in the batch's transaction: their holds
     * (also the ones a commit may take again), then their stock rows, each in the one lock order every hold step and
     * stock update keeps. Applied one after the other, the requests would otherwise take their rows in the batch's order
     * and could wait in a cycle with a stock update or the hold sweeper.
     */
    public Uni<Void> lockFor(List<Request> requests) {
        List<HoldRepository.Key> keys = new ArrayList<>();
        List<StockChangeStatements.Change> items = new ArrayList<>();
        for (Request r : requests) {
            keys.add(new HoldRepository.Key(r.storefrontId(), r.reference()));
            keys.add(new HoldRepository.Key(r.storefrontId(), r.reference() + RETAKEN));
            for (HoldLine line : r.lines()) {
                items.add(new StockChangeStatements.Change(items.size(), r.storefrontId(), line.catalogueItemId(), null, null,
                        null, null, -1));
            }
        }
        return holds.lockAll(keys).chain(() -> items.isEmpty() ? Uni.createFrom().voidItem() : rows.lock(items));
    }

    /**
     * A stock request as order-service sends it; {@code untilReleased}: a hold without a time limit (ttl then unused);
     * {@code orderMade}: a commit whose order was already made on the hold, which waits for no {@code stock.committed}.
     */
    public record Request(String reference, UUID storefrontId, String transactionId, String orderId, List<HoldLine> lines, Duration ttl,
            boolean untilReleased, boolean orderMade) {
    }

    public Uni<Void> hold(Request r) {
        return holds.find(r.storefrontId(), r.reference()).chain(existing -> {
            if (existing != null) {
                boolean good = StockHold.HELD.equals(existing.status()) || StockHold.COMMITTED.equals(existing.status());
                return answer(good ? InventoryEvents.STOCK_HELD : InventoryEvents.STOCK_HOLD_REFUSED, r, existing.reference(),
                        existing.expiresAt(), List.of());
            }
            return shortfall(r).chain(shortfall -> shortfall.isEmpty()
                    ? (r.untilReleased() ? stockHolds.holdUntilReleased(r.storefrontId(), r.reference(), r.lines())
                            : stockHolds.hold(r.storefrontId(), r.reference(), r.lines(), r.ttl())).chain(outcome -> answer(
                            InventoryEvents.STOCK_HELD, r, r.reference(), outcome.hold().expiresAt(), List.of()))
                    : answer(InventoryEvents.STOCK_HOLD_REFUSED, r, r.reference(), null, shortfall));
        });
    }

    public Uni<Void> commit(Request r) {
        return holds.find(r.storefrontId(), r.reference()).chain(hold -> {
            if (hold != null && StockHold.COMMITTED.equals(hold.status())) {
                return committed(r, hold.reference());
            }
            if (hold != null && StockHold.HELD.equals(hold.status())
                    && (hold.untilReleased() || hold.expiresAt().isAfter(Instant.now()))) {
                return stockHolds.commit(hold)
                        .chain(committed -> committed(r, committed.reference()));
            }
            Uni<Void> releaseFirst = hold != null && StockHold.HELD.equals(hold.status())
                    ? stockHolds.release(hold).replaceWithVoid() : Uni.createFrom().voidItem();
            return releaseFirst.chain(() -> retake(r));
        });
    }

    /** The /init hold is gone (expired, refused, released): hold and commit the items now, all or none. */
    private Uni<Void> retake(Request r) {
        String again = r.reference() + RETAKEN;
        return holds.find(r.storefrontId(), again).chain(existing -> {
            if (existing != null && StockHold.COMMITTED.equals(existing.status())) {
                return committed(r, again);
            }
            if (existing != null) {
                return answer(InventoryEvents.STOCK_COMMIT_REFUSED, r, again, null, List.of());
            }
            return shortfall(r).chain(shortfall -> shortfall.isEmpty()
                    ? stockHolds.hold(r.storefrontId(), again, r.lines(), Duration.ofMinutes(1))
                            .chain(outcome -> stockHolds.commit(outcome.hold()))
                            .chain(() -> committed(r, again))
                    : answer(InventoryEvents.STOCK_COMMIT_REFUSED, r, again, null, shortfall));
        });
    }

    public Uni<Void> release(Request r) {
        return holds.find(r.storefrontId(), r.reference()).chain(hold -> hold != null && StockHold.HELD.equals(hold.status())
                ? stockHolds.release(hold).replaceWithVoid()
                : Uni.createFrom().voidItem());
    }

    /** Shipped: the order's committed units leave the shelf. */
    public Uni<Void> ship(Request r) {
        return moveCommitted(r, levels::shipCommitted, StockChangeCause.SHIP);
    }

    /** Cancelled after confirmation: the order's committed units are available again. */
    public Uni<Void> giveBack(Request r) {
        return moveCommitted(r, levels::returnCommitted, StockChangeCause.CANCEL);
    }

    /** Shipped units back in the store (an order returned to origin): on hand, and available, again. */
    public Uni<Void> restock(Request r) {
        return moveCommitted(r, levels::restock, StockChangeCause.RESTOCK);
    }

    @FunctionalInterface
    private interface Change {
        Uni<StockLevel> apply(UUID storefrontId, UUID catalogueItemId, int quantity);
    }

    private Uni<Void> moveCommitted(Request r, Change change, StockChangeCause cause) {
        return Multi.createFrom().iterable(sorted(r.lines()))
                .onItem().transformToUniAndConcatenate(line -> change.apply(r.storefrontId(), line.catalogueItemId(), line.quantity())
                        .chain(level -> {
                            if (level == null) {
                                LOG.warnf("order %s: %d of %s were not committed here; nothing moved", r.orderId(), line.quantity(), line.catalogueItemId());
                                return Uni.createFrom().voidItem();
                            }
                            return outbox.publish(InventoryEvents.TOPIC, InventoryEvents.STOCK_CHANGED, InventoryEvents.STOCK_CHANGED_VERSION,
                                    InventoryEvents.keyOf(level.storefrontId, level.catalogueItemId),
                                    StockChanged.of(level, cause, r.reference(), null)).replaceWithVoid();
                        }))
                .collect().asList().replaceWithVoid();
    }

    /**
     * The lines that cannot be held now, with what is available, read with every row locked (in catalogue item order, as
     * holds lock them), so a hold that follows in this transaction cannot fail for stock.
     */
    private Uni<List<HoldAnswer.Short>> shortfall(Request r) {
        return Multi.createFrom().iterable(sorted(r.lines()))
                .onItem().transformToUniAndConcatenate(line -> levels.lock(r.storefrontId(), line.catalogueItemId())
                        .map(level -> level == null || level.deletedAt != null ? new HoldAnswer.Short(line.catalogueItemId(), 0)
                                : level.available < line.quantity() ? new HoldAnswer.Short(line.catalogueItemId(), level.available) : null))
                .filter(java.util.Objects::nonNull)
                .collect().asList();
    }

    private static List<HoldLine> sorted(List<HoldLine> lines) {
        return lines.stream().sorted(Comparator.comparing(HoldLine::catalogueItemId, StockLevel.ITEM_ORDER)).toList();
    }

    /**
     * A commit done: answered, unless order-service made the order already and waits for no answer (issue 15: the answer
     * changed nothing there and cost it a transaction per confirm). A refusal is always answered.
     */
    private Uni<Void> committed(Request r, String holdReference) {
        return r.orderMade() ? Uni.createFrom().voidItem() : answer(InventoryEvents.STOCK_COMMITTED, r, holdReference, null, List.of());
    }

    private Uni<Void> answer(String type, Request r, String holdReference, Instant expiresAt, List<HoldAnswer.Short> shortfall) {
        return outbox.publish(InventoryEvents.TOPIC, type, 1, r.reference(), new HoldAnswer(r.reference(), holdReference,
                r.storefrontId(), r.transactionId(), r.orderId(), expiresAt, shortfall)).replaceWithVoid();
    }
}

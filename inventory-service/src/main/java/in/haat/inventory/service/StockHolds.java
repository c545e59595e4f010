package in.haat.inventory.service;

import in.haat.api.ApiException;
import in.haat.events.InOrder;
import in.haat.inventory.StockHold;
import in.haat.inventory.StockLevel;
import in.haat.inventory.config.InventoryConfig;
import in.haat.inventory.event.InventoryEvents;
import in.haat.inventory.event.StockChangeCause;
import in.haat.inventory.event.StockChanged;
import in.haat.inventory.mapping.HoldLine;
import in.haat.inventory.repository.HoldRepository;
import in.haat.inventory.repository.StockLevelRepository;
import in.haat.events.Outbox;
import in.haat.persistence.TimeOrderedIds;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Holds for orders: hold items under a reference for a time, then commit or release them. Every step is one
 * transaction of conditional UPDATEs (a hold takes stock only where {@code on_hand - held - committed} covers it,
 * a hold leaves {@code held} only once), so a hold is all-or-nothing across its items and the same step asked twice
 * changes nothing the second time. Stock rows are always locked in catalogue item order, so holds never deadlock.
 * This is the service API order-service's wiring will use; the REST resource adds the tenant rule.
 */
@ApplicationScoped
public class StockHolds {

    private final HoldRepository holds;
    private final StockLevelRepository levels;
    private final HoldShortfalls shortfalls;
    private final Outbox outbox;
    private final InventoryConfig config;

    public StockHolds(HoldRepository holds, StockLevelRepository levels, HoldShortfalls shortfalls, Outbox outbox,
            InventoryConfig config) {
        this.holds = holds;
        this.levels = levels;
        this.shortfalls = shortfalls;
        this.outbox = outbox;
        this.config = config;
    }

    /** A hold, and whether this call created it (false: the reference already held the same items). */
    public record Outcome(StockHold hold, boolean created) {
    }

    /**
     * Holds every line or none, for {@code ttl} (null: the default). The same reference with the same lines again
     * answers the existing hold, whatever its status; with other lines it is a 409.
     */
    @WithTransaction
    public Uni<Outcome> hold(UUID storefrontId, String reference, List<HoldLine> lines, Duration ttl) {
        Duration lasting = ttl == null ? config.holdDefaultTtl() : ttl;
        if (lasting.compareTo(Duration.ofSeconds(1)) < 0 || lasting.compareTo(config.holdMaxTtl()) > 0) {
            return Uni.createFrom().failure(ApiException.invalid("ttl", "must be from PT1S to " + config.holdMaxTtl()));
        }
        return holdUntil(storefrontId, reference, lines, Instant.now().plus(lasting).truncatedTo(ChronoUnit.MICROS));
    }

    /**
     * {@link #hold} without a time limit: for order-service's /init, which keeps the deadline itself and releases the
     * hold when it passes; only {@link #commit(StockHold)} and {@link #release(StockHold)} end it, never the sweeper
     * or the seller's REST calls.
     */
    @WithTransaction
    public Uni<Outcome> holdUntilReleased(UUID storefrontId, String reference, List<HoldLine> lines) {
        return holdUntil(storefrontId, reference, lines, null);
    }

    private Uni<Outcome> holdUntil(UUID storefrontId, String reference, List<HoldLine> lines, Instant expiresAt) {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!seen.add(lines.get(i).catalogueItemId())) {
                return Uni.createFrom().failure(ApiException.invalid("items[" + i + "].catalogue_item_id",
                        "lists an item already listed; give each item once with its total quantity"));
            }
        }
        List<HoldLine> sorted = lines.stream().sorted(Comparator.comparing(HoldLine::catalogueItemId, StockLevel.ITEM_ORDER)).toList();
        UUID id = TimeOrderedIds.next();
        return holds.insertIfAbsent(id, storefrontId, reference, expiresAt).chain(created -> created
                ? holdNew(id, storefrontId, reference, lines, sorted)
                : holds.find(storefrontId, reference).map(existing -> {
                    if (!sameLines(existing.items(), sorted)) {
                        throw StockProblems.conflict(StockProblems.HOLD_REFERENCE_REUSED, "reference " + reference
                                + " already holds other items in this storefront", "reference", "is in use");
                    }
                    return new Outcome(existing, false);
                }));
    }

    private Uni<Outcome> holdNew(UUID id, UUID storefrontId, String reference, List<HoldLine> asAsked, List<HoldLine> sorted) {
        return holds.insertItems(id, sorted)
                .chain(() -> Multi.createFrom().iterable(sorted)
                        .onItem().transformToUniAndConcatenate(line -> levels.hold(storefrontId, line.catalogueItemId(), line.quantity())
                                .map(level -> new Taken(line, level)))
                        .collect().asList())
                .chain(taken -> {
                    if (taken.stream().allMatch(t -> t.level() != null)) {
                        return announceAll(taken.stream().map(Taken::level).toList(), StockChangeCause.HOLD, reference)
                                .chain(() -> holds.find(storefrontId, reference))
                                .map(hold -> new Outcome(hold, true));
                    }
                    // Failing the Uni rolls the transaction back: the stock taken for the other lines and the hold itself.
                    return shortfalls.explain(storefrontId, asAsked,
                            taken.stream().filter(t -> t.level() == null).map(Taken::line).toList()).chain(problem -> Uni.createFrom().<Outcome>failure(problem));
                });
    }

    /** A line and the stock after taking it; level null when it could not be taken. */
    private record Taken(HoldLine line, StockLevel level) {
    }

    /**
     * Commits a hold: its units move from held to committed. Committing a committed hold changes nothing;
     * a released or expired one (also one past its time limit the sweeper has not reached yet) is a 409, and so is
     * one held for an ONDC order (only order-service ends those).
     */
    @WithTransaction
    public Uni<StockHold> commit(UUID storefrontId, String reference) {
        return existing(storefrontId, reference).map(StockHolds::notAnOrders).chain(this::commit);
    }

    /** {@link #commit(UUID, String)} of a hold the caller read in this transaction (not read again). */
    @WithTransaction
    public Uni<StockHold> commit(StockHold hold) {
        return switch (hold.status()) {
            case StockHold.COMMITTED -> Uni.createFrom().item(hold);
            case StockHold.HELD -> holds.leaveHeld(hold.id(), StockHold.COMMITTED, true).chain(left -> left != null
                    ? move(left, levels::commitHeld, StockChangeCause.COMMIT)
                    : existing(hold.storefrontId(), hold.reference()).map(now -> {
                        if (StockHold.COMMITTED.equals(now.status())) {
                            return now;
                        }
                        throw StockProblems.cannotCommit(now);
                    }));
            default -> Uni.createFrom().failure(StockProblems.cannotCommit(hold));
        };
    }

    /**
     * Releases a hold: its units are available again. Releasing a released or expired hold changes nothing; a
     * committed one is a 409 (the order owns those units now), and so is one held for an ONDC order.
     */
    @WithTransaction
    public Uni<StockHold> release(UUID storefrontId, String reference) {
        return existing(storefrontId, reference).map(StockHolds::notAnOrders).chain(this::release);
    }

    /** The hold, unless order-service holds it for an ONDC order: /on_confirm may already count on it (issue 15). */
    private static StockHold notAnOrders(StockHold hold) {
        if (hold.untilReleased() && StockHold.HELD.equals(hold.status())) {
            throw StockProblems.heldForOrder(hold);
        }
        return hold;
    }

    /** {@link #release(UUID, String)} of a hold the caller read in this transaction (not read again). */
    @WithTransaction
    public Uni<StockHold> release(StockHold hold) {
        return switch (hold.status()) {
            case StockHold.RELEASED, StockHold.EXPIRED -> Uni.createFrom().item(hold);
            case StockHold.HELD -> holds.leaveHeld(hold.id(), StockHold.RELEASED, false).chain(left -> left != null
                    ? move(left, levels::releaseHeld, StockChangeCause.RELEASE)
                    : existing(hold.storefrontId(), hold.reference()).map(now -> {
                        if (StockHold.COMMITTED.equals(now.status())) {
                            throw StockProblems.cannotRelease();
                        }
                        return now;
                    }));
            default -> Uni.createFrom().failure(StockProblems.cannotRelease());
        };
    }

    @WithSession
    public Uni<StockHold> find(UUID storefrontId, String reference) {
        return existing(storefrontId, reference);
    }

    /**
     * Expires the oldest hold past its time limit, if any, in the caller's transaction; answers whether there
     * was one. Replicas sweeping at once each take a different hold.
     */
    public Uni<Boolean> expireNext() {
        return holds.lockNextExpired().chain(hold -> hold == null
                ? Uni.createFrom().item(Boolean.FALSE)
                : holds.leaveHeld(hold.id(), StockHold.EXPIRED, false)
                        .chain(left -> move(left, levels::releaseHeld, StockChangeCause.EXPIRE))
                        .replaceWith(Boolean.TRUE));
    }

    private Uni<StockHold> existing(UUID storefrontId, String reference) {
        return holds.find(storefrontId, reference)
                .onItem().ifNull().failWith(() -> StockProblems.noSuchHold(storefrontId, reference));
    }

    /** Applies {@code change} to every item of a hold that just left {@code held}, in catalogue item order. */
    private Uni<StockHold> move(StockHold hold, Change change, StockChangeCause cause) {
        return Multi.createFrom().iterable(hold.items())
                .onItem().transformToUniAndConcatenate(line -> change.apply(hold.storefrontId(), line.catalogueItemId(),
                                line.quantity())
                        .onItem().ifNull().failWith(() -> new IllegalStateException("hold " + hold.id() + " holds "
                                + line.quantity() + " of " + line.catalogueItemId() + " but the stock does not")))
                .collect().asList()
                .chain(changed -> announceAll(changed, cause, hold.reference()))
                .replaceWith(hold);
    }

    /** A stock change of one line: commit or release of held units. */
    @FunctionalInterface
    private interface Change {
        Uni<StockLevel> apply(UUID storefrontId, UUID catalogueItemId, int quantity);
    }

    private Uni<Void> announceAll(List<StockLevel> changed, StockChangeCause cause, String reference) {
        return InOrder.each(changed, level -> outbox.publish(InventoryEvents.TOPIC, InventoryEvents.STOCK_CHANGED,
                InventoryEvents.STOCK_CHANGED_VERSION, InventoryEvents.keyOf(level.storefrontId, level.catalogueItemId),
                StockChanged.of(level, cause, reference, null)));
    }

    private static boolean sameLines(List<HoldLine> stored, List<HoldLine> asked) {
        return new HashSet<>(stored).equals(new HashSet<>(asked));
    }
}

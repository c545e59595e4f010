package in.haat.order;

import static in.haat.order.DraftStage.CONFIRMED;
import static in.haat.order.DraftStage.CONFIRMING;
import static in.haat.order.DraftStage.HELD;
import static in.haat.order.DraftStage.HOLDING;
import static in.haat.order.DraftStage.HOLD_REFUSED;
import static in.haat.order.DraftStage.REFUSED;
import static in.haat.order.DraftStage.SELECTED;
import static in.haat.order.FulfilmentState.AGENT_ASSIGNED;
import static in.haat.order.FulfilmentState.ORDER_DELIVERED;
import static in.haat.order.FulfilmentState.ORDER_PICKED_UP;
import static in.haat.order.FulfilmentState.OUT_FOR_DELIVERY;
import static in.haat.order.FulfilmentState.PACKED;
import static in.haat.order.FulfilmentState.LIQUIDATED;
import static in.haat.order.FulfilmentState.PENDING;
import static in.haat.order.FulfilmentState.RETURN_APPROVED;
import static in.haat.order.FulfilmentState.RETURN_DELIVERED;
import static in.haat.order.FulfilmentState.RETURN_INITIATED;
import static in.haat.order.FulfilmentState.RETURN_PICKED;
import static in.haat.order.FulfilmentState.RETURN_REJECTED;
import static in.haat.order.FulfilmentState.RTO_DELIVERED;
import static in.haat.order.FulfilmentState.RTO_DISPOSED;
import static in.haat.order.FulfilmentState.RTO_INITIATED;
import static in.haat.order.OrderState.ACCEPTED;
import static in.haat.order.OrderState.CANCELLED;
import static in.haat.order.OrderState.COMPLETED;
import static in.haat.order.OrderState.CREATED;
import static in.haat.order.OrderState.IN_PROGRESS;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every move of the order model in one place (docs/order-api.md has the same tables): which draft stage may follow
 * which, the states a confirmed order starts in, for each seller action the order and fulfilment states it may
 * start from and the ones it leads to (and the fulfilment it opens), and the same for the buyer app's /cancel. Pure;
 * the services ask here and refuse what is not listed.
 */
public final class Transitions {

    /** Where an action takes an order: the order state and the state of the fulfilment it acts on. */
    public record Target(OrderState state, FulfilmentState fulfilmentState) {
    }

    /**
     * A seller action: it acts on the order's fulfilment of type {@code on}, is allowed while the order is in one of
     * {@code fromStates} and that fulfilment in one of {@code fromFulfilment}, and leads to {@code to} (null: the
     * states stay as they are, as a part-cancel leaves them).
     */
    public record Rule(FulfilmentType on, Set<OrderState> fromStates, Set<FulfilmentState> fromFulfilment, Target to) {
    }

    /** The stages a transaction's draft may start in: quoted at /select, or straight to a hold at /init. */
    private static final Set<DraftStage> FIRST = EnumSet.of(SELECTED, HOLDING);
    private static final Map<DraftStage, Set<DraftStage>> DRAFT = new EnumMap<>(DraftStage.class);
    private static final Map<OrderAction, Rule> ORDER = new EnumMap<>(OrderAction.class);
    /** The order and Delivery states a whole order may be cancelled from: before the goods leave the store. */
    private static final Set<OrderState> CANCELLABLE = EnumSet.of(CREATED, ACCEPTED, IN_PROGRESS);
    private static final Set<FulfilmentState> NOT_PICKED_UP = EnumSet.of(PENDING, PACKED, AGENT_ASSIGNED);
    /** A fulfilment an action adds to the order, of this type and in this state. */
    public record Opened(FulfilmentType type, FulfilmentState state) {
    }

    /** A cancellation's, or a part-cancel's, Cancel fulfilment. */
    public static final Opened CANCEL = new Opened(FulfilmentType.CANCEL, FulfilmentState.CANCELLED);
    /** The goods coming back after a failed delivery. */
    public static final Opened RTO = new Opened(FulfilmentType.RTO, RTO_INITIATED);
    /** A buyer's return request. */
    public static final Opened RETURN = new Opened(FulfilmentType.RETURN, RETURN_INITIATED);
    /**
     * The buyer app's /cancel of the whole order: as the seller's reject, only before pick-up. From pick-up on the goods
     * are on the road and a cancellation is an RTO (a later flow), so /cancel is refused with 50001 then.
     */
    public static final Rule BUYER_CANCEL = new Rule(FulfilmentType.DELIVERY, CANCELLABLE, NOT_PICKED_UP,
            new Target(OrderState.CANCELLED, FulfilmentState.CANCELLED));

    /** The buyer app's return request (/update): only of a delivered order, which stays Completed. */
    public static final Rule BUYER_RETURN = new Rule(FulfilmentType.DELIVERY, EnumSet.of(COMPLETED), EnumSet.of(ORDER_DELIVERED), null);

    static {
        // A new /init (a new hold) is welcome until the buyer confirms; a refused commit leaves no order, so it may too.
        DRAFT.put(SELECTED, EnumSet.of(HOLDING));
        DRAFT.put(HOLDING, EnumSet.of(HOLDING, HELD, HOLD_REFUSED));
        DRAFT.put(HELD, EnumSet.of(HOLDING, CONFIRMING));
        // A /confirm after a refused hold is still tried: inventory-service takes the items again if it can.
        DRAFT.put(HOLD_REFUSED, EnumSet.of(HOLDING, CONFIRMING));
        DRAFT.put(CONFIRMING, EnumSet.of(CONFIRMED, REFUSED));
        DRAFT.put(CONFIRMED, EnumSet.noneOf(DraftStage.class));
        DRAFT.put(REFUSED, EnumSet.of(HOLDING));

        FulfilmentType delivery = FulfilmentType.DELIVERY;
        ORDER.put(OrderAction.ACCEPT, new Rule(delivery, EnumSet.of(CREATED), EnumSet.of(PENDING), new Target(ACCEPTED, PENDING)));
        // ONDC: the order is In-progress once the seller works on it (from Packed on), not only once it has left the store.
        ORDER.put(OrderAction.REJECT, new Rule(delivery, CANCELLABLE, NOT_PICKED_UP, new Target(OrderState.CANCELLED, FulfilmentState.CANCELLED)));
        ORDER.put(OrderAction.PACK, new Rule(delivery, EnumSet.of(ACCEPTED), EnumSet.of(PENDING), new Target(IN_PROGRESS, PACKED)));
        ORDER.put(OrderAction.READY_TO_SHIP, new Rule(delivery, EnumSet.of(IN_PROGRESS), EnumSet.of(PACKED),
                new Target(IN_PROGRESS, AGENT_ASSIGNED)));
        ORDER.put(OrderAction.SHIP, new Rule(delivery, EnumSet.of(IN_PROGRESS), EnumSet.of(AGENT_ASSIGNED),
                new Target(IN_PROGRESS, ORDER_PICKED_UP)));
        ORDER.put(OrderAction.OUT_FOR_DELIVERY, new Rule(delivery, EnumSet.of(IN_PROGRESS), EnumSet.of(ORDER_PICKED_UP),
                new Target(IN_PROGRESS, OUT_FOR_DELIVERY)));
        ORDER.put(OrderAction.DELIVER, new Rule(delivery, EnumSet.of(IN_PROGRESS), EnumSet.of(OUT_FOR_DELIVERY),
                new Target(COMPLETED, ORDER_DELIVERED)));
        // A part-cancel leaves the order where it is; cancelling the last units is a reject, refused by the service.
        ORDER.put(OrderAction.PART_CANCEL, new Rule(delivery, CANCELLABLE, NOT_PICKED_UP, null));
        // ONDC: a delivery that fails once the goods are on the road is cancelled with an RTO reason and comes back.
        ORDER.put(OrderAction.START_RTO, new Rule(delivery, EnumSet.of(IN_PROGRESS), EnumSet.of(ORDER_PICKED_UP, OUT_FOR_DELIVERY),
                new Target(CANCELLED, FulfilmentState.CANCELLED)));
        ORDER.put(OrderAction.RTO_DELIVERED, new Rule(FulfilmentType.RTO, EnumSet.of(CANCELLED), EnumSet.of(RTO_INITIATED),
                new Target(CANCELLED, RTO_DELIVERED)));
        ORDER.put(OrderAction.RTO_DISPOSED, new Rule(FulfilmentType.RTO, EnumSet.of(CANCELLED), EnumSet.of(RTO_INITIATED),
                new Target(CANCELLED, RTO_DISPOSED)));
        // A return moves its own fulfilment; the order stays Completed. Liquidated: refunded without pick-up.
        FulfilmentType ret = FulfilmentType.RETURN;
        ORDER.put(OrderAction.RETURN_APPROVE, new Rule(ret, EnumSet.of(COMPLETED), EnumSet.of(RETURN_INITIATED), new Target(COMPLETED, RETURN_APPROVED)));
        ORDER.put(OrderAction.RETURN_REJECT, new Rule(ret, EnumSet.of(COMPLETED), EnumSet.of(RETURN_INITIATED), new Target(COMPLETED, RETURN_REJECTED)));
        ORDER.put(OrderAction.RETURN_PICKED, new Rule(ret, EnumSet.of(COMPLETED), EnumSet.of(RETURN_APPROVED), new Target(COMPLETED, RETURN_PICKED)));
        ORDER.put(OrderAction.RETURN_DELIVERED, new Rule(ret, EnumSet.of(COMPLETED), EnumSet.of(RETURN_PICKED), new Target(COMPLETED, RETURN_DELIVERED)));
        ORDER.put(OrderAction.RETURN_LIQUIDATE, new Rule(ret, EnumSet.of(COMPLETED), EnumSet.of(RETURN_INITIATED, RETURN_APPROVED),
                new Target(COMPLETED, LIQUIDATED)));
    }

    private Transitions() {
    }

    /** Whether a draft in stage {@code from} (null: no draft yet) may move to {@code to}. */
    public static boolean allowed(DraftStage from, DraftStage to) {
        return from == null ? FIRST.contains(to) : DRAFT.get(from).contains(to);
    }

    /** {@code to}, when a draft in {@code from} may move there; a move not listed is a bug in the caller. */
    public static DraftStage draft(DraftStage from, DraftStage to) {
        if (!allowed(from, to)) {
            throw new IllegalStateException("a draft cannot go from " + from + " to " + to);
        }
        return to;
    }

    /** The states an order starts in when the buyer's /confirm is committed: Created, or Accepted at once. */
    public static Target confirmed(boolean autoAccept) {
        return new Target(autoAccept ? ACCEPTED : CREATED, PENDING);
    }

    public static Rule rule(OrderAction action) {
        return ORDER.get(action);
    }

    /** The fulfilment {@code action} adds to the order, if it adds one: reject and part-cancel a Cancel, RTO an RTO. */
    public static Optional<Opened> opens(OrderAction action) {
        return switch (action) {
            case REJECT, PART_CANCEL -> Optional.of(CANCEL);
            case START_RTO -> Optional.of(RTO);
            default -> Optional.empty();
        };
    }

    /**
     * Where {@code action} takes an order in {@code state} whose fulfilment of the action's type
     * ({@link Rule#on()}) is in {@code fulfilment}; empty when the states do not permit it.
     */
    public static Optional<Target> apply(OrderAction action, OrderState state, FulfilmentState fulfilment) {
        return apply(ORDER.get(action), state, fulfilment);
    }

    /** Whether the buyer app may ask to return units of an order in these states. */
    public static boolean buyerMayReturn(OrderState state, FulfilmentState fulfilment) {
        return apply(BUYER_RETURN, state, fulfilment).isPresent();
    }

    /** Where the buyer app's /cancel takes an order in these states; empty when it may no longer be cancelled. */
    public static Optional<Target> buyerCancel(OrderState state, FulfilmentState fulfilment) {
        return apply(BUYER_CANCEL, state, fulfilment);
    }

    private static Optional<Target> apply(Rule rule, OrderState state, FulfilmentState fulfilment) {
        if (!rule.fromStates().contains(state) || !rule.fromFulfilment().contains(fulfilment)) {
            return Optional.empty();
        }
        return Optional.of(rule.to() != null ? rule.to() : new Target(state, fulfilment));
    }
}

package in.haat.order;

import static in.haat.order.DraftStage.CONFIRMED;
import static in.haat.order.DraftStage.CONFIRMING;
import static in.haat.order.DraftStage.HELD;
import static in.haat.order.DraftStage.HOLDING;
import static in.haat.order.DraftStage.HOLD_REFUSED;
import static in.haat.order.DraftStage.REFUSED;
import static in.haat.order.DraftStage.SELECTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every move of the order model, allowed and refused, against the tables of docs/order-api.md written out again here. */
class TransitionsTest {

    /** The draft stages each stage may move to (null: a transaction without a draft). */
    private static final Map<DraftStage, Set<DraftStage>> DRAFT = new HashMap<>();

    static {
        DRAFT.put(null, EnumSet.of(SELECTED, HOLDING));
        DRAFT.put(SELECTED, EnumSet.of(HOLDING));
        DRAFT.put(HOLDING, EnumSet.of(HOLDING, HELD, HOLD_REFUSED));
        DRAFT.put(HELD, EnumSet.of(HOLDING, CONFIRMING));
        DRAFT.put(HOLD_REFUSED, EnumSet.of(HOLDING, CONFIRMING));
        DRAFT.put(CONFIRMING, EnumSet.of(CONFIRMED, REFUSED));
        DRAFT.put(CONFIRMED, EnumSet.noneOf(DraftStage.class));
        DRAFT.put(REFUSED, EnumSet.of(HOLDING));
    }

    /** One row of the actions table: from these order and fulfilment states, to this pair. */
    private record Row(Set<OrderState> states, Set<FulfilmentState> fulfilments, OrderState to, FulfilmentState toFulfilment) {
    }

    private static final Set<OrderState> BEFORE_PICK_UP_STATES = EnumSet.of(OrderState.CREATED, OrderState.ACCEPTED, OrderState.IN_PROGRESS);
    private static final Set<FulfilmentState> BEFORE_PICK_UP = EnumSet.of(FulfilmentState.PENDING, FulfilmentState.PACKED,
            FulfilmentState.AGENT_ASSIGNED);

    private static final Map<OrderAction, Row> ACTIONS = new HashMap<>(Map.of(
            OrderAction.ACCEPT, new Row(EnumSet.of(OrderState.CREATED), EnumSet.of(FulfilmentState.PENDING),
                    OrderState.ACCEPTED, FulfilmentState.PENDING),
            // ONDC's validator: the order is In-progress from Packed on (on_status_packed, on_status_agent_assigned).
            OrderAction.REJECT, new Row(EnumSet.of(OrderState.CREATED, OrderState.ACCEPTED, OrderState.IN_PROGRESS),
                    EnumSet.of(FulfilmentState.PENDING, FulfilmentState.PACKED, FulfilmentState.AGENT_ASSIGNED),
                    OrderState.CANCELLED, FulfilmentState.CANCELLED),
            OrderAction.PACK, new Row(EnumSet.of(OrderState.ACCEPTED), EnumSet.of(FulfilmentState.PENDING),
                    OrderState.IN_PROGRESS, FulfilmentState.PACKED),
            OrderAction.READY_TO_SHIP, new Row(EnumSet.of(OrderState.IN_PROGRESS), EnumSet.of(FulfilmentState.PACKED),
                    OrderState.IN_PROGRESS, FulfilmentState.AGENT_ASSIGNED),
            OrderAction.SHIP, new Row(EnumSet.of(OrderState.IN_PROGRESS), EnumSet.of(FulfilmentState.AGENT_ASSIGNED),
                    OrderState.IN_PROGRESS, FulfilmentState.ORDER_PICKED_UP),
            OrderAction.OUT_FOR_DELIVERY, new Row(EnumSet.of(OrderState.IN_PROGRESS), EnumSet.of(FulfilmentState.ORDER_PICKED_UP),
                    OrderState.IN_PROGRESS, FulfilmentState.OUT_FOR_DELIVERY),
            OrderAction.DELIVER, new Row(EnumSet.of(OrderState.IN_PROGRESS), EnumSet.of(FulfilmentState.OUT_FOR_DELIVERY),
                    OrderState.COMPLETED, FulfilmentState.ORDER_DELIVERED)));

    static {
        ACTIONS.put(OrderAction.PART_CANCEL, new Row(BEFORE_PICK_UP_STATES, BEFORE_PICK_UP, null, null)); // the states stay
        // RTO: only once the goods are on the road; the order is Cancelled, then the RTO fulfilment ends delivered or disposed.
        ACTIONS.put(OrderAction.START_RTO, new Row(EnumSet.of(OrderState.IN_PROGRESS),
                EnumSet.of(FulfilmentState.ORDER_PICKED_UP, FulfilmentState.OUT_FOR_DELIVERY), OrderState.CANCELLED, FulfilmentState.CANCELLED));
        ACTIONS.put(OrderAction.RTO_DELIVERED, new Row(EnumSet.of(OrderState.CANCELLED), EnumSet.of(FulfilmentState.RTO_INITIATED),
                OrderState.CANCELLED, FulfilmentState.RTO_DELIVERED));
        ACTIONS.put(OrderAction.RTO_DISPOSED, new Row(EnumSet.of(OrderState.CANCELLED), EnumSet.of(FulfilmentState.RTO_INITIATED),
                OrderState.CANCELLED, FulfilmentState.RTO_DISPOSED));
        // A return: its own fulfilment moves, the order stays Completed.
        Set<OrderState> completed = EnumSet.of(OrderState.COMPLETED);
        ACTIONS.put(OrderAction.RETURN_APPROVE, new Row(completed, EnumSet.of(FulfilmentState.RETURN_INITIATED), OrderState.COMPLETED,
                FulfilmentState.RETURN_APPROVED));
        ACTIONS.put(OrderAction.RETURN_REJECT, new Row(completed, EnumSet.of(FulfilmentState.RETURN_INITIATED), OrderState.COMPLETED,
                FulfilmentState.RETURN_REJECTED));
        ACTIONS.put(OrderAction.RETURN_PICKED, new Row(completed, EnumSet.of(FulfilmentState.RETURN_APPROVED), OrderState.COMPLETED,
                FulfilmentState.RETURN_PICKED));
        ACTIONS.put(OrderAction.RETURN_DELIVERED, new Row(completed, EnumSet.of(FulfilmentState.RETURN_PICKED), OrderState.COMPLETED,
                FulfilmentState.RETURN_DELIVERED));
        ACTIONS.put(OrderAction.RETURN_LIQUIDATE, new Row(completed, EnumSet.of(FulfilmentState.RETURN_INITIATED, FulfilmentState.RETURN_APPROVED),
                OrderState.COMPLETED, FulfilmentState.LIQUIDATED));
    }

    private static List<DraftStage> stagesAndNone() {
        List<DraftStage> from = new ArrayList<>(List.of(DraftStage.values()));
        from.add(null);
        return from;
    }

    @Test
    void everyDraftMoveIsAllowedOrRefusedAsListed() {
        int allowed = 0;
        for (DraftStage from : stagesAndNone()) {
            for (DraftStage to : DraftStage.values()) {
                boolean expected = DRAFT.get(from).contains(to);
                assertEquals(expected, Transitions.allowed(from, to), from + " -> " + to);
                if (expected) {
                    allowed++;
                    assertEquals(to, Transitions.draft(from, to));
                } else {
                    assertThrows(IllegalStateException.class, () -> Transitions.draft(from, to), from + " -> " + to);
                }
            }
        }
        assertEquals(13, allowed);
    }

    @Test
    void aDraftMovesOnlyAlongTheTable() {
        OrderDraft d = new OrderDraft();
        d.moveTo(SELECTED);
        d.moveTo(HOLDING);
        d.moveTo(HELD);
        d.moveTo(CONFIRMING);
        d.moveTo(CONFIRMED);
        assertEquals(CONFIRMED, d.stage);
        assertThrows(IllegalStateException.class, () -> d.moveTo(HOLDING));
        assertEquals(CONFIRMED, d.stage, "a refused move leaves the stage as it was");
    }

    @Test
    void stagesSayWhetherInitWasAnsweredAndAnotherInitIsWelcome() {
        assertEquals(EnumSet.of(HELD, HOLD_REFUSED, CONFIRMING, CONFIRMED, REFUSED),
                EnumSet.copyOf(List.of(DraftStage.values()).stream().filter(DraftStage::initAnswered).toList()));
        assertEquals(EnumSet.of(SELECTED, HOLDING, HELD, HOLD_REFUSED, REFUSED),
                EnumSet.copyOf(List.of(DraftStage.values()).stream().filter(DraftStage::acceptsInit).toList()));
    }

    @Test
    void stageCodesAreTheStoredOnes() {
        assertEquals(List.of("selected", "holding", "held", "hold-refused", "confirming", "confirmed", "refused"),
                List.of(DraftStage.values()).stream().map(DraftStage::code).toList());
        for (DraftStage s : DraftStage.values()) {
            assertEquals(s, DraftStage.of(s.code()));
        }
        assertThrows(IllegalArgumentException.class, () -> DraftStage.of("Held"));
    }

    @Test
    void everySellerActionIsAllowedOrRefusedFromEveryPairOfStates() {
        int allowed = 0;
        for (OrderAction action : OrderAction.values()) {
            Row row = ACTIONS.get(action);
            boolean onRto = action == OrderAction.RTO_DELIVERED || action == OrderAction.RTO_DISPOSED;
            assertEquals(onRto ? FulfilmentType.RTO : action.onReturn() ? FulfilmentType.RETURN : FulfilmentType.DELIVERY,
                    Transitions.rule(action).on(), action + "'s fulfilment");
            for (OrderState state : OrderState.values()) {
                for (FulfilmentState fulfilment : FulfilmentState.values()) {
                    Optional<Transitions.Target> target = Transitions.apply(action, state, fulfilment);
                    if (row.states().contains(state) && row.fulfilments().contains(fulfilment)) {
                        allowed++;
                        Transitions.Target expected = row.to() == null ? new Transitions.Target(state, fulfilment)
                                : new Transitions.Target(row.to(), row.toFulfilment());
                        assertEquals(Optional.of(expected), target,
                                action + " from " + state + " / " + fulfilment);
                    } else {
                        assertTrue(target.isEmpty(), action + " must be refused from " + state + " / " + fulfilment);
                    }
                }
            }
        }
        // reject and part-cancel 9 each: Created, Accepted or In-progress, before pick-up; RTO from 2; its end from 1 each;
        // a return's approve, reject, picked and delivered from 1 each, liquidate from 2
        assertEquals(15 + 9 + 2 + 1 + 1 + 4 + 2, allowed);
    }

    @Test
    void aConfirmedOrderStartsCreatedOrAcceptedWithItsDeliveryPending() {
        assertEquals(new Transitions.Target(OrderState.CREATED, FulfilmentState.PENDING), Transitions.confirmed(false));
        assertEquals(new Transitions.Target(OrderState.ACCEPTED, FulfilmentState.PENDING), Transitions.confirmed(true));
    }

    @Test
    void theBuyerMayCancelOnlyBeforePickUp() {
        Set<OrderState> states = EnumSet.of(OrderState.CREATED, OrderState.ACCEPTED, OrderState.IN_PROGRESS);
        Set<FulfilmentState> notPickedUp = EnumSet.of(FulfilmentState.PENDING, FulfilmentState.PACKED, FulfilmentState.AGENT_ASSIGNED);
        int allowed = 0;
        for (OrderState state : OrderState.values()) {
            for (FulfilmentState fulfilment : FulfilmentState.values()) {
                Optional<Transitions.Target> target = Transitions.buyerCancel(state, fulfilment);
                if (states.contains(state) && notPickedUp.contains(fulfilment)) {
                    allowed++;
                    assertEquals(Optional.of(new Transitions.Target(OrderState.CANCELLED, FulfilmentState.CANCELLED)), target,
                            state + " / " + fulfilment);
                } else {
                    assertTrue(target.isEmpty(), "/cancel must be refused from " + state + " / " + fulfilment);
                }
            }
        }
        assertEquals(9, allowed);
        assertEquals(FulfilmentType.DELIVERY, Transitions.BUYER_CANCEL.on());
        // Picked up, on the road, delivered or already cancelled: no.
        assertTrue(Transitions.buyerCancel(OrderState.IN_PROGRESS, FulfilmentState.ORDER_PICKED_UP).isEmpty());
        assertTrue(Transitions.buyerCancel(OrderState.IN_PROGRESS, FulfilmentState.OUT_FOR_DELIVERY).isEmpty());
        assertTrue(Transitions.buyerCancel(OrderState.COMPLETED, FulfilmentState.ORDER_DELIVERED).isEmpty());
        assertTrue(Transitions.buyerCancel(OrderState.CANCELLED, FulfilmentState.CANCELLED).isEmpty());
    }

    @Test
    void statesCarryOndcNames() {
        assertEquals(List.of("Created", "Accepted", "In-progress", "Completed", "Cancelled"),
                List.of(OrderState.values()).stream().map(OrderState::code).toList());
        assertEquals(List.of("Pending", "Packed", "Agent-assigned", "Order-picked-up", "Out-for-delivery", "Order-delivered", "Cancelled",
                "RTO-Initiated", "RTO-Delivered", "RTO-Disposed", "Return_Initiated", "Return_Approved", "Return_Rejected", "Return_Picked",
                "Return_Delivered", "Liquidated"),
                List.of(FulfilmentState.values()).stream().map(FulfilmentState::code).toList());
        assertEquals(Optional.of(OrderState.IN_PROGRESS), OrderState.of("In-progress"));
        assertTrue(OrderState.of("in-progress").isEmpty());
        assertEquals(Optional.of(FulfilmentState.AGENT_ASSIGNED), FulfilmentState.of("Agent-assigned"));
        assertEquals(FulfilmentType.DELIVERY, FulfilmentType.of("Delivery"));
        assertEquals(FulfilmentType.CANCEL, FulfilmentType.of("Cancel"));
        assertEquals(FulfilmentType.RTO, FulfilmentType.of("RTO"));
        assertEquals(FulfilmentType.RETURN, FulfilmentType.of("Return"));
    }

    @Test
    void invoiceFromPickUpOnAndTrackingWhileOnTheRoad() {
        assertEquals(EnumSet.of(FulfilmentState.ORDER_PICKED_UP, FulfilmentState.OUT_FOR_DELIVERY, FulfilmentState.ORDER_DELIVERED),
                EnumSet.copyOf(List.of(FulfilmentState.values()).stream().filter(FulfilmentState::invoiced).toList()));
        assertEquals(EnumSet.of(FulfilmentState.ORDER_PICKED_UP, FulfilmentState.OUT_FOR_DELIVERY),
                EnumSet.copyOf(List.of(FulfilmentState.values()).stream().filter(FulfilmentState::moving).toList()));
    }

    @Test
    void setuOrderStatesNameTheActions() {
        Map<String, OrderAction> expected = Map.ofEntries(
                Map.entry("Accepted", OrderAction.ACCEPT), Map.entry("Cancelled", OrderAction.REJECT),
                Map.entry("Rejected", OrderAction.REJECT), Map.entry("Packed", OrderAction.PACK),
                Map.entry("Agent-assigned", OrderAction.READY_TO_SHIP), Map.entry("Order-picked-up", OrderAction.SHIP),
                Map.entry("In-progress", OrderAction.SHIP), Map.entry("Shipped", OrderAction.SHIP),
                Map.entry("Out-for-delivery", OrderAction.OUT_FOR_DELIVERY), Map.entry("Order-delivered", OrderAction.DELIVER),
                Map.entry("Completed", OrderAction.DELIVER), Map.entry("Delivered", OrderAction.DELIVER),
                Map.entry(" Packed ", OrderAction.PACK), Map.entry("ready-to-ship", OrderAction.READY_TO_SHIP),
                Map.entry("reject", OrderAction.REJECT), Map.entry("RTO-Initiated", OrderAction.START_RTO),
                Map.entry("RTO-Delivered", OrderAction.RTO_DELIVERED), Map.entry("RTO-Disposed", OrderAction.RTO_DISPOSED),
                Map.entry("part-cancel", OrderAction.PART_CANCEL));
        expected.forEach((wanted, action) -> assertEquals(Optional.of(action), OrderAction.fromSetu(wanted), wanted));
        assertTrue(OrderAction.fromSetu(null).isEmpty());
        assertTrue(OrderAction.fromSetu("Created").isEmpty());
        assertTrue(OrderAction.fromSetu("Pending").isEmpty());
        assertFalse(OrderAction.of("Accept").isPresent());
    }
}

package in.haat.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The fulfilments the moves after /confirm open (Cancel, RTO, Return) and when a buyer may ask for a return. */
class OpenedFulfilmentsTest {

    @Test
    void rejectAndPartCancelOpenACancelFulfilmentAndRtoAnRtoOne() {
        for (OrderAction action : OrderAction.values()) {
            Optional<Transitions.Opened> expected = switch (action) {
                case REJECT, PART_CANCEL -> Optional.of(new Transitions.Opened(FulfilmentType.CANCEL, FulfilmentState.CANCELLED));
                case START_RTO -> Optional.of(new Transitions.Opened(FulfilmentType.RTO, FulfilmentState.RTO_INITIATED));
                default -> Optional.empty();
            };
            assertEquals(expected, Transitions.opens(action), action.path());
        }
        assertTrue(OrderAction.PART_CANCEL.takesReason() && OrderAction.START_RTO.takesReason() && OrderAction.REJECT.takesReason()
                && OrderAction.RETURN_REJECT.takesReason());
        assertEquals(List.of("return-approve", "return-reject", "return-picked", "return-delivered", "return-liquidate"),
                List.of(OrderAction.values()).stream().filter(OrderAction::onReturn).map(OrderAction::path).toList());
        assertFalse(OrderAction.RTO_DELIVERED.takesReason() || OrderAction.SHIP.takesReason());
    }

    @Test
    void theBuyerMayAskForAReturnOnlyOfADeliveredOrder() {
        for (OrderState state : OrderState.values()) {
            for (FulfilmentState fulfilment : FulfilmentState.values()) {
                assertEquals(state == OrderState.COMPLETED && fulfilment == FulfilmentState.ORDER_DELIVERED,
                        Transitions.buyerMayReturn(state, fulfilment), state + " / " + fulfilment);
            }
        }
        assertEquals(new Transitions.Opened(FulfilmentType.RETURN, FulfilmentState.RETURN_INITIATED), Transitions.RETURN);
    }
}

package in.haat.order.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import in.haat.api.ApiException;
import in.haat.ondc.igm.Resolution;
import in.haat.order.mapping.IssueResponse;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The pure rules of ratings and resolutions: what a rating value is, and what a seller's resolution may say. */
class RatingAndResolutionRulesTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Test
    void aRatingIsAWholeNumberFromOneToFiveAsTextOrNumber() {
        assertEquals(4, RatingFlow.value(JSON.textNode("4")));
        assertEquals(4, RatingFlow.value(JSON.numberNode(4)));
        assertEquals(5, RatingFlow.value(JSON.numberNode(5.0)));
        assertEquals(1, RatingFlow.value(JSON.textNode(" 1 ")));
        for (Object bad : new Object[] {"0", "6", "3.5", "", "four", "1e0", "-1"}) {
            assertNull(RatingFlow.value(JSON.textNode(bad.toString())), bad.toString());
        }
        assertNull(RatingFlow.value(JSON.numberNode(4.5)));
        assertNull(RatingFlow.value(JSON.booleanNode(true)));
        assertNull(RatingFlow.value(JSON.objectNode()));
        assertNull(RatingFlow.value(null));
    }

    @Test
    void aRefundIsOfAPositiveAmountUpToTheOrdersTotal() {
        BigDecimal total = new BigDecimal("259.60");
        Resolution refund = IssueWork.resolution(new IssueResponse.Resolution("refund", null, null, "59.6", null, null), total);
        assertEquals("REFUND", refund.actionTriggered());
        assertEquals("59.60", refund.refundAmount());
        assertEquals("Resolved: REFUND", refund.shortDesc());
        assertEquals("259.60", IssueWork.resolution(new IssueResponse.Resolution("REFUND", "all", null, "259.60", null, null), total).refundAmount());
        for (String bad : new String[] {"0", "-1", "259.61", "1.005", "ten", "", null}) {
            assertThrows(ApiException.class, () -> IssueWork.resolution(new IssueResponse.Resolution("REFUND", null, null, bad, null, null), total), bad);
        }
        assertEquals("NO-ACTION", IssueWork.resolution(new IssueResponse.Resolution("no_action", null, null, null, null, null), total).actionTriggered());
        assertThrows(ApiException.class, () -> IssueWork.resolution(new IssueResponse.Resolution("RETURN", null, null, "5", "003", null), total));
        assertThrows(ApiException.class, () -> IssueWork.resolution(new IssueResponse.Resolution("GIFT", null, null, null, null, null), total));
        // A RETURN takes one of ONDC's return reasons, a CANCEL a cancellation reason a seller may give; no other has one.
        assertEquals("RETURN", IssueWork.resolution(new IssueResponse.Resolution("RETURN", null, null, null, "003", null), total).actionTriggered());
        assertEquals("CANCEL", IssueWork.resolution(new IssueResponse.Resolution("CANCEL", null, null, null, "005", null), total).actionTriggered());
        for (String[] bad : new String[][] {{"RETURN", null}, {"RETURN", "006"}, {"CANCEL", null}, {"CANCEL", "001"}, {"NO-ACTION", "003"}}) {
            assertThrows(ApiException.class, () -> IssueWork.resolution(new IssueResponse.Resolution(bad[0], null, null, null, bad[1], null), total),
                    bad[0] + " " + bad[1]);
        }
        assertThrows(ApiException.class, () -> IssueWork.resolution(new IssueResponse.Resolution("CANCEL", null, null, null, "005",
                java.util.List.of(new in.haat.order.mapping.PartCancel.Line("I1", 1))), total));
        assertThrows(ApiException.class, () -> IssueWork.resolution(new IssueResponse.Resolution(null, null, null, null, null, null), total));
    }
}

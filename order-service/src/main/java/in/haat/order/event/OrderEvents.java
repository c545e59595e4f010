package in.haat.order.event;

/**
 * The topics and event types order-service publishes. Order lifecycle events are keyed by order id; the stock
 * requests to inventory-service by the hold's reference, so one transaction's hold, commit and release stay in order.
 */
public final class OrderEvents {

    public static final String TOPIC = "haat.order.events";
    public static final String RESPONSES_TOPIC = "haat.ondc.responses";
    public static final String ONDC_RESULT = "ondc.result";

    /** Stock requests to inventory-service (version 1, payload {@link StockRequest}). */
    public static final String STOCK_HOLD_REQUESTED = "order.stock-hold-requested";
    public static final String STOCK_COMMIT_REQUESTED = "order.stock-commit-requested";
    public static final String STOCK_RELEASE_REQUESTED = "order.stock-release-requested";
    public static final String STOCK_SHIP_REQUESTED = "order.stock-ship-requested";
    public static final String STOCK_RETURN_REQUESTED = "order.stock-return-requested";
    /** Shipped units back in the store (RTO delivered): on hand and available again. */
    public static final String STOCK_RESTOCK_REQUESTED = "order.stock-restock-requested";

    /** Order lifecycle (version 1, payload {@link OrderChanged}). */
    public static final String ORDER_CREATED = "order.created";
    public static final String ORDER_STATE_CHANGED = "order.state-changed";
    /** The order changed but not its states: a part-cancel, the buyer's refund settlement details. */
    public static final String ORDER_UPDATED = "order.updated";
    /** A buyer's return request accepted for the seller to act on, and each later step of a return. */
    public static final String ORDER_RETURN_REQUESTED = "order.return-requested";
    public static final String ORDER_RETURN_CHANGED = "order.return-changed";

    /** Money given back outside the order's quote: an issue resolved with a refund (version 1, payload {@link OrderRefunded}). */
    public static final String ORDER_REFUNDED = "order.refunded";

    /** The network said something of an order's settlement (version 1, payload {@link SettlementChanged}), keyed by order id. */
    public static final String SETTLEMENT_CHANGED = "order.settlement-changed";

    /** A buyer's rating (version 1, payload {@link OrderRated}), keyed by order id. */
    public static final String ORDER_RATED = "order.rated";

    /** An action on a buyer's issue (version 1, payload {@link IssueChanged}), keyed by order id. */
    public static final String ISSUE_CHANGED = "order.issue-changed";

    private OrderEvents() {
    }
}

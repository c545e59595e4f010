package in.haat.order;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A confirmed order, under the buyer app's own order id: whose it is, its ONDC order state and fulfilment state, and
 * the ONDC order as last sent to the buyer app ({@code document}).
 */
public class SellerOrder {

    public String id;
    public String transactionId;
    public UUID storefrontId;
    public UUID sellerId;
    public String partnerId;
    public String bapId;
    public String state;
    public String fulfilmentState;
    public BigDecimal total;
    public JsonNode document;
    public String invoiceToken;
    public Instant createdAt;
    public Instant updatedAt;
}

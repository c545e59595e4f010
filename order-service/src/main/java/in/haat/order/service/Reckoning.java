package in.haat.order.service;

import com.fasterxml.jackson.databind.JsonNode;
import in.haat.order.SellerOrder;
import in.haat.order.config.SettlementConfig;
import in.haat.order.mapping.OrderView;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Reckons an order's settlement from the order as it stands: its value, refunds and GST as the order view counts them,
 * its payment's settlement terms, and when its Delivery fulfilment was picked up and delivered.
 */
@ApplicationScoped
public class Reckoning {

    /** An order's terms, amounts and due date. */
    public record Reckoned(SettlementTerms terms, SettlementMath.Amounts amounts, Instant dueAt) {
    }

    private final SettlementConfig config;

    public Reckoning(SettlementConfig config) {
        this.config = config;
    }

    public SettlementConfig.TaxWithholder taxesWithheldBy() {
        return config.taxesWithheldBy();
    }

    public Reckoned of(SellerOrder order) {
        // The order view's own figures: the value at /on_confirm, and every refund (the quote trail's and an issue's).
        OrderView view = OrderView.of(order, null);
        JsonNode d = order.document;
        SettlementTerms terms = SettlementTerms.of(d.path("payment"));
        SettlementMath.Amounts amounts = SettlementMath.amounts(
                new SettlementMath.Order(new BigDecimal(view.orderValue()), new BigDecimal(view.refunded()), tax(d.path("quote"))),
                terms, new SettlementMath.Taxes(config.tcsRate(), config.tdsRate(), config.taxesWithheldBy()));
        JsonNode delivery = delivery(d.path("fulfillments"));
        Instant dueAt = SettlementMath.dueAt(terms, time(delivery.path("start").path("time").path("timestamp")),
                time(delivery.path("end").path("time").path("timestamp")), config.returnWindow());
        return new Reckoned(terms, amounts, dueAt);
    }

    /** The GST in the quote as it stands: its tax lines. */
    static BigDecimal tax(JsonNode quote) {
        BigDecimal tax = BigDecimal.ZERO;
        for (JsonNode line : quote.path("breakup")) {
            if ("tax".equals(line.path("@ondc/org/title_type").asText())) {
                tax = tax.add(SettlementTerms.money(line.path("price").path("value").asText("0")));
            }
        }
        return tax;
    }

    private static JsonNode delivery(JsonNode fulfilments) {
        for (JsonNode f : fulfilments) {
            if ("Delivery".equals(f.path("type").asText())) {
                return f;
            }
        }
        return fulfilments.path(0);
    }

    /** A timestamp the order carries, or null (not yet happened). */
    private static Instant time(JsonNode timestamp) {
        try {
            return timestamp.isTextual() ? Instant.parse(timestamp.asText()) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

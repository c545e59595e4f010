package in.haat.order.service;

import com.fasterxml.jackson.databind.JsonNode;
import in.haat.ondc.OndcJson;
import in.haat.ondc.retail.Breakup;
import in.haat.ondc.retail.Order;
import in.haat.order.repository.OrderRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;

/** Renders an order's tax invoice from its quote, for the buyer app that holds the invoice URL. */
@ApplicationScoped
public class Invoices {

    private final OrderRepository orders;

    public Invoices(OrderRepository orders) {
        this.orders = orders;
    }

    /** The invoice as HTML, or null when the order or token is not right (the same answer for both). */
    @WithSession
    public Uni<String> html(String orderId, String token) {
        return orders.findById(orderId).map(order -> {
            if (order == null || !order.fulfilmentState.invoiced()
                    || !MessageDigest.isEqual(order.invoiceToken.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
                return null;
            }
            StringBuilder html = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>Invoice ")
                    .append(escape(order.id)).append("</title></head><body><h1>Tax invoice</h1><p>Order ").append(escape(order.id))
                    .append(", ").append(order.createdAt).append("</p><table><tr><th>Item</th><th>Qty</th><th>Amount (INR)</th></tr>");
            for (Breakup line : OndcJson.read(order.document, Order.class).quote().breakup()) {
                html.append("<tr><td>").append(escape(text(line.title()))).append(" (").append(escape(text(line.ondcTitleType())))
                        .append(")</td><td>").append(line.ondcItemQuantity() == null || line.ondcItemQuantity().count() == null ? ""
                                : line.ondcItemQuantity().count().asText())
                        .append("</td><td>").append(escape(text(line.price() == null ? null : line.price().value()))).append("</td></tr>");
            }
            return html.append("<tr><th colspan=\"2\">Total</th><th>").append(order.total.toPlainString())
                    .append("</th></tr></table></body></html>").toString();
        });
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

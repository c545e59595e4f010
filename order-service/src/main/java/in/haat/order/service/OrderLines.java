package in.haat.order.service;

import com.fasterxml.jackson.databind.JsonNode;
import in.haat.order.OrderLine;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An order's item lines read from the ONDC quote it was confirmed with: each item line, and its tax from the tax line after it. */
final class OrderLines {

    private OrderLines() {
    }

    static List<OrderLine> fromQuote(String orderId, JsonNode quote) {
        List<OrderLine> lines = new ArrayList<>();
        JsonNode breakup = quote.path("breakup");
        for (int i = 0; i < breakup.size(); i++) {
            JsonNode b = breakup.get(i);
            if (!"item".equals(b.path("@ondc/org/title_type").asText())) {
                continue;
            }
            JsonNode next = breakup.path(i + 1);
            boolean taxed = "tax".equals(next.path("@ondc/org/title_type").asText())
                    && next.path("@ondc/org/item_id").asText().equals(b.path("@ondc/org/item_id").asText());
            OrderLine line = new OrderLine();
            line.id = UUID.randomUUID();
            line.orderId = orderId;
            line.lineNo = lines.size() + 1;
            line.itemId = b.path("@ondc/org/item_id").asText();
            line.catalogueItemId = UUID.fromString(line.itemId);
            line.fulfilmentId = Quote.FULFILMENT_ID;
            line.title = b.path("title").asText("");
            line.quantity = b.path("@ondc/org/item_quantity").path("count").asInt();
            line.unitPrice = Quote.money(Catalogue.decimal(b.path("item").path("price").path("value")));
            line.price = Quote.money(Catalogue.decimal(b.path("price").path("value")));
            line.tax = Quote.money(taxed ? Catalogue.decimal(next.path("price").path("value")) : java.math.BigDecimal.ZERO);
            lines.add(line);
        }
        return lines;
    }
}

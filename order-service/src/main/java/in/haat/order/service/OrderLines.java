package in.haat.order.service;

import com.fasterxml.jackson.databind.JsonNode;
import in.haat.ondc.OndcJson;
import in.haat.ondc.retail.Breakup;
import in.haat.ondc.retail.Quote;
import in.haat.order.OrderLine;
import in.haat.persistence.TimeOrderedIds;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An order's item lines read from the ONDC quote it was confirmed with: each item line, and its tax from the tax line after it. */
final class OrderLines {

    private OrderLines() {
    }

    static List<OrderLine> fromQuote(String orderId, JsonNode quote) {
        List<OrderLine> lines = new ArrayList<>();
        List<Breakup> breakup = OndcJson.read(quote, Quote.class).breakup();
        for (int i = 0; i < breakup.size(); i++) {
            Breakup b = breakup.get(i);
            if (!"item".equals(b.ondcTitleType())) {
                continue;
            }
            Breakup next = i + 1 < breakup.size() ? breakup.get(i + 1) : null;
            String itemId = b.ondcItemId() == null ? "" : b.ondcItemId();
            boolean taxed = next != null && "tax".equals(next.ondcTitleType()) && itemId.equals(next.ondcItemId() == null ? "" : next.ondcItemId());
            OrderLine line = new OrderLine();
            line.id = TimeOrderedIds.next();
            line.orderId = orderId;
            line.lineNo = lines.size() + 1;
            line.itemId = itemId;
            line.catalogueItemId = UUID.fromString(line.itemId);
            line.fulfilmentId = in.haat.order.service.Quote.FULFILMENT_ID;
            line.title = b.title() == null ? "" : b.title();
            line.quantity = b.ondcItemQuantity() == null ? 0 : b.ondcItemQuantity().value();
            line.unitPrice = money(b.item() == null || b.item().price() == null ? null : b.item().price().value());
            line.price = money(b.price() == null ? null : b.price().value());
            line.tax = taxed ? money(next.price() == null ? null : next.price().value()) : in.haat.order.service.Quote.money(BigDecimal.ZERO);
            lines.add(line);
        }
        return lines;
    }

    private static BigDecimal money(String value) {
        return in.haat.order.service.Quote.money(Catalogue.decimal(value));
    }

    /** Keeps on each line what its invoice and label need from the catalogue as it is at /confirm: HSN code, GST rate, unit weight. */
    static List<OrderLine> stamped(List<OrderLine> lines, java.util.Map<UUID, Catalogue.Item> items) {
        for (OrderLine line : lines) {
            Catalogue.Item item = items.get(line.catalogueItemId);
            if (item != null) {
                line.hsnCode = item.hsnCode();
                line.gstRate = item.taxRate();
                line.unitWeightGrams = item.unitWeightGrams();
            }
        }
        return lines;
    }
}

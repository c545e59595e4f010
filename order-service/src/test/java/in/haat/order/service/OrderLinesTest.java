package in.haat.order.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import in.haat.order.OrderLine;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An order's lines as read back from the quote it was confirmed with. */
class OrderLinesTest {

    @Test
    void eachItemLineWithItsOwnTaxLine() throws Exception {
        ObjectMapper json = new ObjectMapper();
        UUID taxed = UUID.randomUUID();
        UUID plain = UUID.randomUUID();
        Map<UUID, Catalogue.Item> items = new LinkedHashMap<>();
        items.put(taxed, new Catalogue.Item(taxed, json.readTree("{\"catalogue_item_details\": {\"name\": \"Ghee\", \"price\": "
                + "{\"selling_price\": 250, \"is_selling_price_exclusive_of_gst\": true, \"total_tax_rate\": 12}}}"), 5));
        items.put(plain, new Catalogue.Item(plain, json.readTree("{\"catalogue_item_details\": {\"name\": \"Salt\", \"price\": {\"selling_price\": 20}}}"), 5));
        Quote quote = Quote.of(new Catalogue.Storefront(UUID.randomUUID(), UUID.randomUUID(), null, json.readTree("{}")), items,
                List.of(new Quote.Asked(plain.toString(), 3), new Quote.Asked(taxed.toString(), 2)),
                null, null, new Quote.Terms(new BigDecimal("10"), new BigDecimal("5"), Duration.ofHours(1), Duration.ofMinutes(15)));

        List<OrderLine> lines = OrderLines.fromQuote("O-1", quote.ondc());

        assertEquals(2, lines.size());
        OrderLine salt = lines.get(0);
        assertEquals(List.of(1, plain, 3, new BigDecimal("20.00"), new BigDecimal("60.00"), new BigDecimal("0.00"), "Salt", "1", "O-1"),
                List.of(salt.lineNo, salt.catalogueItemId, salt.quantity, salt.unitPrice, salt.price, salt.tax, salt.title, salt.fulfilmentId, salt.orderId));
        OrderLine ghee = lines.get(1);
        assertEquals(List.of(2, taxed, 2, new BigDecimal("250.00"), new BigDecimal("500.00"), new BigDecimal("60.00"), "Ghee"),
                List.of(ghee.lineNo, ghee.catalogueItemId, ghee.quantity, ghee.unitPrice, ghee.price, ghee.tax, ghee.title));
    }
}

package in.haat.order.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Quote arithmetic: the breakup's lines, tax, delivery and packing, rounding to the paisa, and the total as their sum. */
class QuoteTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final UUID SHOP = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final Quote.Terms NO_CHARGES = new Quote.Terms(new BigDecimal("0.00"), new BigDecimal("0.00"), Duration.ofHours(1), Duration.ofMinutes(15));
    private static final Quote.Terms CHARGES = new Quote.Terms(new BigDecimal("25"), new BigDecimal("7.5"), Duration.ofHours(1), Duration.ofMinutes(15));

    private final Map<UUID, Catalogue.Item> items = new LinkedHashMap<>();

    private static Catalogue.Storefront shop(String json) {
        return new Catalogue.Storefront(SHOP, UUID.randomUUID(), null, read(json));
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** An item priced {@code price} ({@code priceJson}: the rest of its price block), with {@code available} units. */
    private String item(String name, String priceJson, int available, String policies) {
        UUID id = UUID.randomUUID();
        items.put(id, new Catalogue.Item(id, read("{'catalogue_item_details': {'name': '" + name + "', 'price': {" + priceJson + "}}, "
                + "'item_policies': {" + policies + "}}"), available));
        return id.toString();
    }

    private static BigDecimal sum(Quote q) {
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode line : q.ondc().path("breakup")) {
            total = total.add(new BigDecimal(line.path("price").path("value").asText()));
        }
        return total;
    }

    private static List<String> types(Quote q) {
        List<String> types = new ArrayList<>();
        q.ondc().path("breakup").forEach(l -> types.add(l.path("@ondc/org/title_type").asText()));
        return types;
    }

    private static String value(Quote q, int line) {
        return q.ondc().path("breakup").path(line).path("price").path("value").asText();
    }

    @Test
    void pricesIncludingGstHaveNoTaxLinesAndTheTotalIsTheSumOfTheLines() {
        String rice = item("Rice", "'selling_price': 120, 'is_selling_price_inclusive_of_gst': true, 'total_tax_rate': 5", 10, "");
        String dal = item("Dal", "'selling_price': '89.5'", 10, "");
        Quote q = Quote.of(shop("{}"), items, List.of(new Quote.Asked(rice, 2), new Quote.Asked(dal, 1)), null, null, NO_CHARGES);

        assertEquals(List.of("item", "item", "delivery"), types(q));
        assertEquals("240.00", value(q, 0));
        assertEquals("120.00", q.ondc().path("breakup").path(0).path("item").path("price").path("value").asText());
        assertEquals("89.50", value(q, 1));
        assertEquals("0.00", value(q, 2));
        assertEquals(new BigDecimal("329.50"), q.total());
        assertEquals("329.50", q.ondc().path("price").path("value").asText());
        assertEquals("INR", q.ondc().path("price").path("currency").asText());
        assertEquals(0, sum(q).compareTo(q.total()));
        assertEquals("PT15M", q.ondc().path("ttl").asText());
        assertEquals(2, q.lines().size());
        assertEquals(new BigDecimal("0.00"), q.lines().get(0).tax());
    }

    @Test
    void gstOnTopIsATaxLineAfterItsItemRoundedToThePaisa() {
        // 3 x 99.99 = 299.97; 5% of it is 14.9985, which rounds half up to 15.00.
        String oil = item("Oil", "'selling_price': 99.99, 'is_selling_price_exclusive_of_gst': true, 'total_tax_rate': 5", 10, "");
        Quote q = Quote.of(shop("{}"), items, List.of(new Quote.Asked(oil, 3)), null, null, CHARGES);

        assertEquals(List.of("item", "tax", "delivery", "packing"), types(q));
        assertEquals("299.97", value(q, 0));
        assertEquals("15.00", value(q, 1));
        assertEquals(oil, q.ondc().path("breakup").path(1).path("@ondc/org/item_id").asText());
        assertEquals("25.00", value(q, 2));
        assertEquals("7.50", value(q, 3));
        assertEquals(new BigDecimal("347.47"), q.total());
        assertEquals(0, sum(q).compareTo(q.total()));
        assertEquals(new BigDecimal("15.00"), q.lines().get(0).tax());
    }

    @Test
    void gstRateFromCgstAndSgstOrIgstAndPerUnitTaxWhenStated() {
        String split = item("Split", "'selling_price': 10, 'is_selling_price_exclusive_of_gst': true, 'cgst_tax_rate': 6, 'sgst_tax_rate': 6", 10, "");
        String igst = item("Igst", "'selling_price': 10, 'is_selling_price_exclusive_of_gst': true, 'igst_tax_rate': 18", 10, "");
        String stated = item("Stated", "'selling_price': 10, 'is_selling_price_exclusive_of_gst': true, 'total_tax_rate': 18, 'tax_value': 0.333", 10, "");
        String exempt = item("Exempt", "'selling_price': 10, 'is_selling_price_exclusive_of_gst': true, 'total_tax_rate': 18, 'taxable': false", 10, "");
        Quote q = Quote.of(shop("{}"), items, List.of(new Quote.Asked(split, 1), new Quote.Asked(igst, 1), new Quote.Asked(stated, 3),
                new Quote.Asked(exempt, 1)), null, null, NO_CHARGES);

        assertEquals(List.of("item", "tax", "item", "tax", "item", "tax", "item", "delivery"), types(q));
        assertEquals("1.20", value(q, 1));
        assertEquals("1.80", value(q, 3));
        // Stated per unit: 3 x 0.333 = 0.999, to the paisa 1.00 (not 18% of 30).
        assertEquals("1.00", value(q, 5));
        assertEquals(new BigDecimal("64.00"), q.total());
        assertEquals(0, sum(q).compareTo(q.total()));
    }

    @Test
    void unitPricesAreRoundedToThePaisaBeforeTheyAreCounted() {
        String odd = item("Odd", "'selling_price': '10.005'", 10, "");
        Quote q = Quote.of(shop("{}"), items, List.of(new Quote.Asked(odd, 3)), null, null, NO_CHARGES);

        assertEquals("10.01", q.ondc().path("breakup").path(0).path("item").path("price").path("value").asText());
        assertEquals("30.03", value(q, 0));
        assertEquals(new BigDecimal("30.03"), q.total());
    }

    @Test
    void packingOnlyWhenCharged() {
        String tea = item("Tea", "'selling_price': 50", 10, "");
        Quote q = Quote.of(shop("{}"), items, List.of(new Quote.Asked(tea, 1)),
                null, null, new Quote.Terms(new BigDecimal("30"), BigDecimal.ZERO, Duration.ofHours(1), Duration.ofMinutes(15)));
        assertEquals(List.of("item", "delivery"), types(q));
        assertEquals(new BigDecimal("80.00"), q.total());
        assertEquals(Quote.FULFILMENT_ID, q.ondc().path("breakup").path(1).path("@ondc/org/item_id").asText());
    }

    @Test
    void unknownItemsAndShortfallsAreNamedAndAvailabilityCappedBySaleLimit() {
        String few = item("Few", "'selling_price': 5", 1, "");
        String capped = item("Capped", "'selling_price': 5", 100, "'max_sale_quantity': 2");
        String missing = UUID.randomUUID().toString();
        Quote q = Quote.of(shop("{}"), items, List.of(new Quote.Asked(few, 2), new Quote.Asked(capped, 3), new Quote.Asked(missing, 1),
                new Quote.Asked("not-a-uuid", 1)), null, null, NO_CHARGES);

        assertEquals(List.of(missing, "not-a-uuid"), q.unknownItems());
        assertEquals(List.of(new Quote.Shortfall(few, 1), new Quote.Shortfall(capped, 2)), q.shortfalls());
        JsonNode cappedQuantity = q.ondc().path("breakup").path(1).path("item").path("quantity");
        assertEquals("2", cappedQuantity.path("maximum").path("count").asText());
        assertEquals("99", cappedQuantity.path("available").path("count").asText());
        assertEquals("[{\"item_id\":\"" + few + "\",\"error\":\"40002\"},{\"item_id\":\"" + capped + "\",\"error\":\"40002\"}]",
                q.shortfallMessage());
        // Short of stock, a line quotes the units that can be sold (ONDC's 40002 answer): 1 x 5 + 2 x 5.
        assertEquals(1, q.ondc().path("breakup").path(0).path("@ondc/org/item_quantity").path("count").asInt());
        assertEquals(new BigDecimal("15.00"), q.total());
    }

    @Test
    void fromInitOnTheUnitsAskedForArePricedEvenWhenOurCopyOfTheStockSaysNoneAreLeft() {
        String gone = item("Gone", "'selling_price': 5", 0, "");
        Quote q = Quote.of(shop("{}"), items, List.of(new Quote.Asked(gone, 2)), null, null, NO_CHARGES, false);

        assertEquals(List.of(new Quote.Shortfall(gone, 0)), q.shortfalls());
        // The hold asks inventory-service for these units: a line of 0 would be a hold of nothing, never answered.
        assertEquals(2, q.lines().get(0).count());
        assertEquals(2, q.ondc().path("breakup").path(0).path("@ondc/org/item_quantity").path("count").asInt());
        assertEquals(new BigDecimal("10.00"), q.total());
    }

    @Test
    void aBuyerOutsideTheRadiusIsNotServedAndPaysNoDelivery() {
        Catalogue.Storefront shop = shop("{'pickup_details': {'pickup_lat': 12.9716, 'pickup_long': 77.5946}, 'serviceability': {'radius': 5}}");
        String bread = item("Bread", "'selling_price': 40", 10, "");
        Quote far = Quote.of(shop, items, List.of(new Quote.Asked(bread, 1)), "13.0827,80.2707", null, CHARGES);
        assertFalse(far.serviceable());
        assertEquals(List.of("item"), types(far));
        assertEquals(new BigDecimal("40.00"), far.total());

        Quote near = Quote.of(shop, items, List.of(new Quote.Asked(bread, 1)), "12.9750,77.6000", null, CHARGES);
        assertTrue(near.serviceable());
        assertEquals(new BigDecimal("72.50"), near.total());
    }

    @Test
    void turnaroundIsTheSlowestItemPlusDeliveryAndNamesTheCategory() {
        String quick = item("Quick", "'selling_price': 1", 10, "'time_to_ship': 'PT30M'");
        String slow = item("Slow", "'selling_price': 1", 10, "'time_to_ship': 'PT4H'");
        Quote fast = Quote.of(shop("{}"), items, List.of(new Quote.Asked(quick, 1)), null, null, NO_CHARGES);
        assertEquals(Duration.ofMinutes(90), fast.tat());
        assertEquals("Immediate Delivery", fast.deliveryCategory());
        Quote both = Quote.of(shop("{}"), items, List.of(new Quote.Asked(quick, 1), new Quote.Asked(slow, 1)), null, null, NO_CHARGES);
        assertEquals(Duration.ofHours(5), both.tat());
        assertEquals("Same Day Delivery", both.deliveryCategory());
    }

    @Test
    void moneyIsTwoDecimalsHalfUp() {
        assertEquals("0.01", Quote.money(new BigDecimal("0.005")).toPlainString());
        assertEquals("0.00", Quote.money(new BigDecimal("0.0049")).toPlainString());
        assertEquals("12.00", Quote.money(new BigDecimal("12")).toPlainString());
        ObjectNode price = Quote.price(new BigDecimal("7.5"));
        assertEquals("{\"currency\":\"INR\",\"value\":\"7.50\"}", price.toString());
    }
}

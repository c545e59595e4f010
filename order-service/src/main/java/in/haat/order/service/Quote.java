package in.haat.order.service;

import com.fasterxml.jackson.databind.node.ArrayNode;
import in.haat.ondc.OndcJson;
import in.haat.ondc.retail.Breakup;
import in.haat.ondc.retail.BreakupItem;
import in.haat.ondc.retail.Count;
import in.haat.ondc.retail.ItemQuantity;
import in.haat.ondc.retail.Price;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A seller's quote for a buyer's cart, priced from the catalogue: one breakup line per item (and its tax when the
 * price excludes GST), delivery when the buyer is served, packing when charged; the total is the sum of the lines.
 * Pure: the same cart and catalogue give the same quote at /select, /init and /confirm.
 */
public record Quote(List<Line> lines, List<String> unknownItems, List<Shortfall> shortfalls, boolean serviceable,
        Duration tat, BigDecimal total, in.haat.ondc.retail.Quote ondcQuote) {

    /** Fulfilment id of the one delivery we offer (the gateway's catalogue names it "1" too). */
    public static final String FULFILMENT_ID = "1";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** What the buyer asked for: an item id as sent and a count. */
    public record Asked(String itemId, int count) {
    }

    /** A priced line of the order. */
    public record Line(UUID itemId, String name, int count, BigDecimal unitPrice, BigDecimal tax) {
    }

    /** An item the seller cannot give in the count asked: what it has. */
    public record Shortfall(String itemId, int available) {
    }

    /** Charges and times that are ours, not the catalogue's. */
    public record Terms(BigDecimal deliveryCharge, BigDecimal packingCharge, Duration deliveryTime, Duration ttl) {
    }

    /** The quote /on_select offers: a line short of stock quotes the units that can be sold. */
    public static Quote of(Catalogue.Storefront storefront, Map<UUID, Catalogue.Item> items, List<Asked> asked,
            String buyerGps, String buyerAreaCode, Terms terms) {
        return of(storefront, items, asked, buyerGps, buyerAreaCode, terms, true);
    }

    /**
     * The quote of a cart; {@code capAtStock} false prices the units asked for even when our copy of the stock says
     * fewer are left: from /init on, inventory-service's hold decides (our copy may be stale), and a hold of 0 units
     * is no hold at all.
     */
    public static Quote of(Catalogue.Storefront storefront, Map<UUID, Catalogue.Item> items, List<Asked> asked,
            String buyerGps, String buyerAreaCode, Terms terms, boolean capAtStock) {
        List<Line> lines = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<Shortfall> shortfalls = new ArrayList<>();
        List<Breakup> breakup = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        Duration slowest = Duration.ZERO;
        boolean serviceable = Serviceability.serves(storefront.serviceability(), storefront.pickup(), buyerGps, buyerAreaCode);
        for (Asked a : asked) {
            UUID id = parse(a.itemId());
            Catalogue.Item item = id == null ? null : items.get(id);
            if (item == null) {
                unknown.add(a.itemId());
                continue;
            }
            if (item.serviceability().isObject() && !item.serviceability().isEmpty()
                    && !Serviceability.serves(item.serviceability(), storefront.pickup(), buyerGps, buyerAreaCode)) {
                serviceable = false;
            }
            int sellable = Math.max(0, Math.min(item.available(), item.maxSaleQuantity()));
            // Short of stock: the line quotes the units that can be sold (ONDC's 40002 answer), not those asked for.
            int count = a.count();
            if (count > sellable) {
                shortfalls.add(new Shortfall(a.itemId(), sellable));
                count = capAtStock ? sellable : count;
            }
            BigDecimal unit = money(item.sellingPrice());
            BigDecimal lineTotal = money(unit.multiply(BigDecimal.valueOf(count)));
            BigDecimal tax = !item.priceExcludesTax() ? BigDecimal.ZERO.setScale(2)
                    : item.taxPerUnit() != null ? money(item.taxPerUnit().multiply(BigDecimal.valueOf(count)))
                    : money(lineTotal.multiply(item.taxRate()).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP));
            lines.add(new Line(item.id(), item.name(), count, unit, tax));
            if (item.timeToShip().compareTo(slowest) > 0) {
                slowest = item.timeToShip();
            }
            ItemQuantity quantity = new ItemQuantity(null, null, Count.text(String.valueOf(sellable > 0 ? 99 : 0)),
                    Count.text(String.valueOf(sellable)), Map.of());
            breakup.add(new Breakup(a.itemId(), Count.of(count), item.name(), "item", inr(lineTotal),
                    new BreakupItem(null, quantity, inr(unit), null, Map.of()), Map.of()));
            total = total.add(lineTotal);
            if (tax.signum() > 0) {
                breakup.add(new Breakup(a.itemId(), null, "Tax", "tax", inr(tax), null, Map.of()));
                total = total.add(tax);
            }
        }
        if (serviceable && !lines.isEmpty()) {
            breakup.add(new Breakup(FULFILMENT_ID, null, "Delivery charges", "delivery", inr(money(terms.deliveryCharge())), null, Map.of()));
            total = total.add(money(terms.deliveryCharge()));
            if (terms.packingCharge().signum() > 0) {
                breakup.add(new Breakup(FULFILMENT_ID, null, "Packing charges", "packing", inr(money(terms.packingCharge())), null, Map.of()));
                total = total.add(money(terms.packingCharge()));
            }
        }
        in.haat.ondc.retail.Quote quote = new in.haat.ondc.retail.Quote(inr(money(total)), List.copyOf(breakup), terms.ttl().toString(), Map.of());
        Duration tat = (slowest.isZero() ? Duration.ofHours(1) : slowest).plus(terms.deliveryTime());
        return new Quote(List.copyOf(lines), List.copyOf(unknown), List.copyOf(shortfalls), serviceable, tat, money(total), quote);
    }

    /** The quote as ONDC's tree, as the draft keeps it. */
    public ObjectNode ondc() {
        return OndcJson.tree(ondcQuote);
    }

    /** How many of an item the quote offers: those asked for, or those available when short of stock. */
    public int quoted(String itemId, int asked) {
        return shortfalls.stream().filter(s -> s.itemId().equals(itemId)).map(Shortfall::available).findFirst().orElse(asked);
    }

    /** ONDC's category for a delivery that takes {@code tat}. */
    public String deliveryCategory() {
        if (tat.compareTo(Duration.ofHours(2)) <= 0) {
            return "Immediate Delivery";
        }
        return tat.compareTo(Duration.ofHours(24)) <= 0 ? "Same Day Delivery" : "Next Day Delivery";
    }

    /** The 40002 message: the items short of stock, as ONDC's examples give it. */
    public String shortfallMessage() {
        ArrayNode list = JSON.arrayNode();
        for (Shortfall s : shortfalls) {
            list.addObject().put("item_id", s.itemId()).put("error", "40002");
        }
        return list.toString();
    }

    /** {@code {"currency": "INR", "value": "12.00"}} as a tree. */
    public static ObjectNode price(BigDecimal value) {
        return OndcJson.tree(inr(value));
    }

    /** An amount in rupees, two decimals as text. */
    public static Price inr(BigDecimal value) {
        return Price.of("INR", money(value).toPlainString());
    }

    public static BigDecimal money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    private static UUID parse(String id) {
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

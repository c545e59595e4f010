package in.haat.order.service;

import com.fasterxml.jackson.databind.JsonNode;
import in.haat.order.OrderLine;
import in.haat.order.mapping.GstDocument;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Builds the content of an order's tax invoice (every item line with its HSN code and GST, every charge the quote
 * has, adding up to the quote's price) and of a credit note against it (the units given back, their taxable value and
 * GST reversed). Pure: the numbers come from {@link GstMath}.
 */
public final class GstDocuments {

    public static final String TAX_INVOICE = "TAX_INVOICE";
    public static final String CREDIT_NOTE = "CREDIT_NOTE";
    private static final Set<String> NOT_CHARGES = Set.of("item", "tax");

    private GstDocuments() {
    }

    /** The invoice of {@code order} (its ONDC document) with its item {@code lines} as they stand, sold by {@code storefront}'s entity. */
    public static GstDocument invoice(String number, String financialYear, Instant issuedAt, String orderId, JsonNode order,
            List<OrderLine> lines, Catalogue.Storefront storefront) {
        GstDocument.Party seller = OrderParties.seller(storefront);
        GstDocument.Party buyer = OrderParties.buyer(order);
        boolean inter = interState(seller, buyer);
        List<GstDocument.Line> out = new ArrayList<>();
        GstMath.Amounts sum = GstMath.Amounts.NONE;
        for (OrderLine l : lines) {
            if (l.quantity == 0 && l.price.signum() == 0 && l.tax.signum() == 0) {
                continue;
            }
            BigDecimal rate = GstMath.rate(l.gstRate, l.price, l.tax);
            GstMath.Amounts a = GstMath.item(l.price, l.tax, rate, inter);
            out.add(line(out.size() + 1, "item", l.title, l.itemId, l.hsnCode, l.quantity, rate, a));
            sum = sum.plus(a);
        }
        for (JsonNode b : order.path("quote").path("breakup")) {
            String type = b.path("@ondc/org/title_type").asText("");
            BigDecimal price = Catalogue.decimal(b.path("price").path("value"));
            if (NOT_CHARGES.contains(type) || price.signum() == 0) {
                continue;
            }
            GstMath.Amounts a = GstMath.charge(price);
            out.add(line(out.size() + 1, type, b.path("title").asText(type), null, null, 1, BigDecimal.ZERO, a));
            sum = sum.plus(a);
        }
        return new GstDocument(TAX_INVOICE, number, financialYear, issuedAt.toString(), orderId, null, null, seller, buyer,
                place(seller, buyer), inter, List.copyOf(out), totals(sum));
    }

    /** A line given back: the order line, the units, and the amounts reversed (the invoice's before less after). */
    public record Credit(OrderLine line, int units, BigDecimal rate, GstMath.Amounts amounts) {
    }

    /** The amounts of {@code line} as it stands, as its invoice line would show them. */
    public static GstMath.Amounts amounts(OrderLine line, boolean interState) {
        return GstMath.item(line.price, line.tax, GstMath.rate(line.gstRate, line.price, line.tax), interState);
    }

    /** A credit note against {@code invoice} for {@code reason}, reversing {@code credits}. */
    public static GstDocument creditNote(String number, String financialYear, Instant issuedAt, GstDocument invoice, String reason,
            List<Credit> credits) {
        List<GstDocument.Line> out = new ArrayList<>();
        GstMath.Amounts sum = GstMath.Amounts.NONE;
        for (Credit c : credits) {
            out.add(line(out.size() + 1, "item", c.line().title, c.line().itemId, c.line().hsnCode, c.units(), c.rate(), c.amounts()));
            sum = sum.plus(c.amounts());
        }
        return new GstDocument(CREDIT_NOTE, number, financialYear, issuedAt.toString(), invoice.orderId(), invoice.number(), reason,
                invoice.seller(), invoice.buyer(), invoice.placeOfSupply(), invoice.interState(), List.copyOf(out), totals(sum));
    }

    /** Across states when both states are known and differ; a buyer without a known state is taxed as within the seller's. */
    static boolean interState(GstDocument.Party seller, GstDocument.Party buyer) {
        return seller.stateCode() != null && buyer.stateCode() != null && !seller.stateCode().equals(buyer.stateCode());
    }

    private static GstDocument.PlaceOfSupply place(GstDocument.Party seller, GstDocument.Party buyer) {
        if (buyer.state() != null) {
            return new GstDocument.PlaceOfSupply(buyer.state(), buyer.stateCode());
        }
        return new GstDocument.PlaceOfSupply(seller.state() == null ? "" : seller.state(), seller.stateCode());
    }

    private static GstDocument.Line line(int no, String kind, String description, String itemId, String hsn, int quantity, BigDecimal rate,
            GstMath.Amounts a) {
        return new GstDocument.Line(no, kind, description, itemId, hsn, quantity, a.taxable().toPlainString(),
                rate.signum() == 0 ? "0" : rate.stripTrailingZeros().toPlainString(), a.cgst().toPlainString(), a.sgst().toPlainString(),
                a.igst().toPlainString(), a.total().toPlainString());
    }

    private static GstDocument.Totals totals(GstMath.Amounts sum) {
        return new GstDocument.Totals(sum.taxable().toPlainString(), sum.cgst().toPlainString(), sum.sgst().toPlainString(),
                sum.igst().toPlainString(), sum.total().toPlainString());
    }
}

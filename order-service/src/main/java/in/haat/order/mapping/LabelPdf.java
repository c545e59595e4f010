package in.haat.order.mapping;

import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The PDF template of shipping labels: one 4 x 6 inch page per shipment (the courier's usual label) with the Code 128
 * barcode of the order and fulfilment ids, the order's ids in text, from (the store) and to (the buyer), weight,
 * package count and, for cash on delivery, the amount to collect.
 */
public final class LabelPdf {

    private static final PDRectangle FOUR_BY_SIX = new PDRectangle(4 * 72, 6 * 72);

    private LabelPdf() {
    }

    public static byte[] render(List<ShippingLabel> labels) {
        try (PdfLayout pdf = new PdfLayout(FOUR_BY_SIX, 14)) {
            for (ShippingLabel l : labels) {
                pdf.page().line(l.codAmount() == null ? "PREPAID" : "CASH ON DELIVERY: collect INR " + l.codAmount(), PdfLayout.BOLD, 12)
                        .gap(4).bars(Code128Bars.of(l.barcode()), 60)
                        .line(l.barcode(), PdfLayout.REGULAR, 7)
                        .line("Order: " + l.orderId(), PdfLayout.BOLD, 9)
                        .line("Fulfilment: " + l.fulfilmentId(), PdfLayout.REGULAR, 9)
                        .rule().line("TO", PdfLayout.BOLD, 8);
                address(pdf, l.to(), 11);
                pdf.rule().line("FROM", PdfLayout.BOLD, 8);
                address(pdf, l.from(), 8);
                pdf.rule()
                        .line("Weight: " + (l.weightGrams() == null ? "not stated" : kg(l.weightGrams()) + " kg")
                                + "    Packages: " + l.packages() + "    Units: " + l.units(), PdfLayout.REGULAR, 9)
                        .line("Sold by " + l.storefront(), PdfLayout.REGULAR, 7);
            }
            return pdf.bytes();
        }
    }

    private static void address(PdfLayout pdf, ShippingLabel.Address a, float size) {
        pdf.line(a.name(), PdfLayout.BOLD, size);
        // An address on one line would be cut at the page's edge: it goes on as many lines as it needs.
        for (String part : wrap(a.address(), size > 10 ? 38 : 52)) {
            pdf.line(part, PdfLayout.REGULAR, size);
        }
        pdf.line("PIN " + a.pincode() + "    Phone " + a.phone(), PdfLayout.REGULAR, size);
    }

    static List<String> wrap(String text, int width) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static String kg(int grams) {
        return java.math.BigDecimal.valueOf(grams).movePointLeft(3).setScale(3).toPlainString();
    }
}

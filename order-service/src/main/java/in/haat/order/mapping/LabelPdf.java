package in.haat.order.mapping;

import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The PDF template of shipping labels: one 4 x 6 inch page per shipment (the courier's usual label) with the Code 128
 * barcode of the order and fulfilment ids up its right-hand side, the order's ids in text, from (the store) and to (the
 * buyer), weight, package count and, for cash on delivery, the amount to collect.
 */
public final class LabelPdf {

    private static final PDRectangle FOUR_BY_SIX = new PDRectangle(4 * 72, 6 * 72);

    private LabelPdf() {
    }

    public static byte[] render(List<ShippingLabel> labels) {
        try (PdfLayout pdf = new PdfLayout(FOUR_BY_SIX, 14)) {
            for (ShippingLabel l : labels) {
                // Each text is held to a number of lines: the longest a buyer app sends still prints a label on one page.
                pdf.page().sideBars(Code128Bars.of(l.barcode()), l.barcode(), 44)
                        .paragraph(l.codAmount() == null ? "PREPAID" : "CASH ON DELIVERY", Typeface.BOLD, 12, 1);
                if (l.codAmount() != null) {
                    pdf.paragraph("Collect INR " + l.codAmount(), Typeface.BOLD, 12, 1);
                }
                pdf.gap(2).paragraph("Order: " + l.orderId(), Typeface.BOLD, 9, 3)
                        .paragraph("Fulfilment: " + l.fulfilmentId(), Typeface.REGULAR, 9, 2)
                        .rule().line("TO", Typeface.BOLD, 8);
                address(pdf, l.to(), 11, 2, 5);
                pdf.rule().line("FROM", Typeface.BOLD, 8);
                address(pdf, l.from(), 8, 1, 3);
                pdf.rule()
                        .paragraph("Weight: " + (l.weightGrams() == null ? "not stated" : kg(l.weightGrams()) + " kg"), Typeface.REGULAR, 9, 1)
                        .paragraph("Packages: " + l.packages() + "    Units: " + l.units(), Typeface.REGULAR, 9, 1)
                        .paragraph("Sold by " + l.storefront(), Typeface.REGULAR, 7, 1);
            }
            return pdf.bytes();
        }
    }

    private static void address(PdfLayout pdf, ShippingLabel.Address a, float size, int nameLines, int addressLines) {
        pdf.paragraph(a.name(), Typeface.BOLD, size, nameLines).paragraph(a.address(), Typeface.REGULAR, size, addressLines)
                .paragraph("PIN " + a.pincode() + "    Phone " + a.phone(), Typeface.REGULAR, size, 1);
    }

    private static String kg(int grams) {
        return java.math.BigDecimal.valueOf(grams).movePointLeft(3).setScale(3).toPlainString();
    }
}

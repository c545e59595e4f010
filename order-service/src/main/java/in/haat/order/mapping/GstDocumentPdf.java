package in.haat.order.mapping;

import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The PDF template of a tax invoice or credit note (A4): title and number, seller with GSTIN, buyer, place of supply,
 * a line table (HSN, quantity, taxable value, rate, CGST and SGST or IGST, total) and the totals, all from the
 * {@link GstDocument} as issued, so the PDF and the JSON never disagree.
 */
public final class GstDocumentPdf {

    private static final float[] INTRA = {0.05f, 0.27f, 0.1f, 0.06f, -0.13f, -0.07f, -0.1f, -0.1f, -0.12f};
    /** Lines a text may take: more than any real name or address needs, few enough that a hostile one stays a page. */
    private static final int ALL = 20;
    private static final float[] INTER = {0.05f, 0.32f, 0.1f, 0.06f, -0.14f, -0.07f, -0.13f, -0.13f};

    private GstDocumentPdf() {
    }

    public static byte[] render(GstDocument d) {
        try (PdfLayout pdf = new PdfLayout(PDRectangle.A4, 40).page()) {
            boolean credit = "CREDIT_NOTE".equals(d.type());
            pdf.line(credit ? "CREDIT NOTE" : "TAX INVOICE", Typeface.BOLD, 16).gap(4);
            pdf.line((credit ? "Credit note no. " : "Invoice no. ") + d.number() + "    Date: " + d.issuedAt().substring(0, 10)
                    + "    Financial year: " + d.financialYear(), Typeface.REGULAR, 10);
            pdf.paragraph("Order: " + d.orderId(), Typeface.REGULAR, 10, ALL);
            if (credit) {
                pdf.paragraph("Against invoice no. " + d.invoiceNumber() + "    Reason: " + d.reason(), Typeface.REGULAR, 10, ALL);
            }
            // Rule 46 wants the parties' names and addresses whole: they wrap, never cut.
            pdf.rule().paragraph("Seller: " + d.seller().name(), Typeface.BOLD, 10, ALL)
                    .paragraph(d.seller().address(), Typeface.REGULAR, 9, ALL)
                    .line("GSTIN: " + orDash(d.seller().gstin()) + "    State: " + state(d.seller()), Typeface.REGULAR, 9)
                    .gap(4).paragraph("Buyer: " + d.buyer().name(), Typeface.BOLD, 10, ALL)
                    .paragraph(d.buyer().address(), Typeface.REGULAR, 9, ALL)
                    .line("State: " + state(d.buyer()) + (d.buyer().gstin() == null ? "" : "    GSTIN: " + d.buyer().gstin()), Typeface.REGULAR, 9)
                    .gap(4).line("Place of supply: " + d.placeOfSupply().state()
                            + (d.placeOfSupply().stateCode() == null ? "" : " (" + d.placeOfSupply().stateCode() + ")")
                            + (d.interState() ? "    Inter-state supply: IGST" : "    Intra-state supply: CGST + SGST"), Typeface.REGULAR, 9)
                    .rule();
            float[] cols = d.interState() ? INTER : INTRA;
            pdf.row(cols, d.interState()
                    ? new String[] {"#", "Description", "HSN", "Qty", "Taxable (INR)", "GST %", "IGST", "Total"}
                    : new String[] {"#", "Description", "HSN", "Qty", "Taxable (INR)", "GST %", "CGST", "SGST", "Total"}, Typeface.BOLD, 8);
            for (GstDocument.Line l : d.lines()) {
                // A description wider than its column goes on under it, a row each line.
                List<String> description = TextLines.lines(l.description(), Typeface.REGULAR, 8, cols[1] * pdf.width() - 4, ALL);
                pdf.row(cols, d.interState()
                        ? new String[] {String.valueOf(l.lineNo()), first(description), orDash(l.hsnCode()), String.valueOf(l.quantity()),
                            l.taxableValue(), l.gstRate(), l.igst(), l.total()}
                        : new String[] {String.valueOf(l.lineNo()), first(description), orDash(l.hsnCode()), String.valueOf(l.quantity()),
                            l.taxableValue(), l.gstRate(), l.cgst(), l.sgst(), l.total()}, Typeface.REGULAR, 8);
                for (String more : description.subList(Math.min(1, description.size()), description.size())) {
                    String[] row = new String[cols.length];
                    Arrays.fill(row, "");
                    row[1] = more;
                    pdf.row(cols, row, Typeface.REGULAR, 8);
                }
            }
            GstDocument.Totals t = d.totals();
            pdf.rule().row(cols, d.interState()
                    ? new String[] {"", "Total", "", "", t.taxableValue(), "", t.igst(), t.total()}
                    : new String[] {"", "Total", "", "", t.taxableValue(), "", t.cgst(), t.sgst(), t.total()}, Typeface.BOLD, 8);
            pdf.gap(8).line((credit ? "Amount credited: INR " : "Amount payable: INR ") + t.total(), Typeface.BOLD, 11);
            return pdf.bytes();
        }
    }

    private static String state(GstDocument.Party p) {
        return p.state() == null ? "-" : p.state() + (p.stateCode() == null ? "" : " (" + p.stateCode() + ")");
    }

    private static String first(List<String> lines) {
        return lines.isEmpty() ? "" : lines.get(0);
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }
}

package in.haat.order.mapping;

import static in.haat.order.PrintedPdf.pages;
import static in.haat.order.PrintedPdf.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import in.haat.order.PrintedPdf;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shipping labels as a label printer prints them: every id here once went unread when the bars ran across the label,
 * modules 0.56 point wide (1% of order ids at 300 dpi, 13% at 203 dpi); up its side, modules a hundredth of an inch,
 * they read at both. The longest texts still print one page.
 */
class LabelPdfTest {

    private static final ShippingLabel.Address TO = new ShippingLabel.Address("Meera Rao",
            "4B, Indiranagar 100 Feet Road, HAL 2nd Stage, Bengaluru, Karnataka", "560038", "9886098860");
    private static final ShippingLabel.Address FROM = new ShippingLabel.Address("Asha Stores", "12 MG Road, Bengaluru", "560001", "9845098450");

    @Test
    void idsThatWentUnreadAcrossTheLabelReadUpItsSideAt300And203Dpi() {
        for (String orderId : List.of(
                // unread at 300 dpi (and most at 203)
                "O-056e4807-efe7-4182-a006-566191bcf841", "O-0bc7839d-bf8f-4485-8019-9aad1e855597", "O-df943932-547d-4d1d-8809-87b6c8edb2e2",
                "O-5f448927-797f-4811-8a77-ffde3b504b39", "O-b5a785ed-e90b-4282-ae9e-e834637a4b0f", "O-130958f6-7d24-cbff-9bf0-ab70fda186f8",
                // unread at 203 dpi
                "O-4b475264-5e76-f39e-81a8-e923dd4d7273", "O-b1e81c4f-7341-8369-ce23-684a013e0402", "O-9f94c561-30b1-17af-2f48-f6fc00551a97",
                "O-f94d2f8f-2155-5b84-3ed4-466534ce7f0e",
                // short ids get wider modules
                "O1", "2024-01-15-123456789")) {
            byte[] pdf = LabelPdf.render(List.of(label(orderId)));
            assertEquals(orderId + "|1", PrintedPdf.barcode(pdf, 0, 300), orderId);
            assertEquals(orderId + "|1", PrintedPdf.barcode(pdf, 0, 203), orderId);
        }
    }

    @Test
    void aVeryLongIdGetsThinnerBarsThatA300DpiPrinterStillPrintsReadably() {
        String orderId = "ORD-" + "a1b2c3d4e5".repeat(7) + "-ZZZ";
        // At 203 dpi its 0.44 point modules are 1.2 dots, which do not read: docs/order-api.md says so.
        assertEquals(orderId + "|1", PrintedPdf.barcode(LabelPdf.render(List.of(label(orderId))), 0, 300));
    }

    @Test
    void modulesAreWholeHundredthsOfAnInchWhereTheyFitWithTheirQuietZones() {
        assertEquals(1.44f, PdfLayout.module(250, 404), "a short id: 0.02 inch");
        assertEquals(0.72f, PdfLayout.module(464, 404), "O-<uuid>|1: 0.01 inch");
        assertEquals(0.48f, PdfLayout.module(695, 404), "a 60-character id: 2/300 inch");
        assertEquals(404f / 935, PdfLayout.module(915, 404), 1e-6, "80 characters: as thin as they must be");
    }

    @Test
    void theLongestTextsABuyerAppSendsStillPrintALabelOnOnePageWithItsBarcode() {
        String orderId = "ORD-" + "a1b2c3d4e5".repeat(7) + "-ZZZ";
        String street = "Flat 12, Building " + "Sunshine Towers Phase Two ".repeat(40);
        ShippingLabel.Address to = new ShippingLabel.Address("Meera ".repeat(30), street, "560038", "9886098860".repeat(5));
        ShippingLabel.Address from = new ShippingLabel.Address("Asha Stores ".repeat(20), street, "560001", "9845098450");
        byte[] pdf = LabelPdf.render(List.of(new ShippingLabel(orderId, "F".repeat(60), ShippingLabel.barcodeOf(orderId, "F"), from, to, 1500, 1,
                "259.60", 3, "Asha Stores Pvt Ltd ".repeat(10))));
        String text = text(pdf);
        assertEquals(1, pages(pdf), text);
        assertEquals(orderId + "|F", PrintedPdf.barcode(pdf, 0, 300));
        // The order id whole (broken across lines, not cut), the address as much as five lines hold.
        assertTrue(text.replace("\n", "").contains("Order: " + orderId), text);
        assertTrue(text.contains("Flat 12, Building Sunshine Towers") && text.contains("Sunshine Towers..."), text);
        assertTrue(text.contains("Weight: 1.500 kg") && text.contains("Sold by Asha Stores"), text);
    }

    @Test
    void hindiGujaratiAndBengaliAddressesPrintInTheirScriptsAndTheBarcodeStillReads() {
        ShippingLabel.Address to = new ShippingLabel.Address("\u0930\u093e\u092e \u0936\u0930\u094d\u092e\u093e",
                "\u0930\u093e\u092e \u0928\u0917\u0930, \u092a\u0941\u0923\u0947 411001, \u0915\u094d\u0937\u0947\u0924\u094d\u0930 4", "411001", "9886098860");
        ShippingLabel.Address from = new ShippingLabel.Address("\u0a85\u0aae\u0aa6\u0abe\u0ab5\u0abe\u0aa6 Stores",
                "\u0995\u09b2\u0995\u09be\u09a4\u09be 700001", "700001", "9845098450");
        byte[] pdf = LabelPdf.render(List.of(new ShippingLabel("O-1", "1", ShippingLabel.barcodeOf("O-1", "1"), from, to, 1500, 1, "\u20b9 250", 1, "Asha")));
        // PDFBox's reader puts a space after a span whose glyphs are narrower than its text: read as one.
        String text = text(pdf).replaceAll(" +", " ");
        assertEquals(1, pages(pdf), text);
        assertEquals("O-1|1", PrintedPdf.barcode(pdf, 0, 203));
        // Each text reads back as written, conjuncts included (their glyphs carry it as ActualText); none became '?'.
        for (String word : List.of(to.name(), to.address(), "\u0a85\u0aae\u0aa6\u0abe\u0ab5\u0abe\u0aa6 Stores",
                from.address(), "Collect INR \u20b9 250")) {
            assertTrue(text.contains(word), word + " in " + text);
        }
        assertFalse(text.contains("?"), text);
        assertTrue(PrintedPdf.fonts(pdf).containsAll(List.of("Helvetica", "Helvetica-Bold", "NotoSansDevanagari-Bold", "NotoSansDevanagari-Regular",
                "NotoSansGujarati-Bold", "NotoSansBengali-Regular")), PrintedPdf.fonts(pdf).toString());
    }

    @Test
    void labelsInHindiRenderedOnManyWorkersAtOnceReadTheSame() throws Exception {
        // The fonts' metrics are read once per process and shared by every worker that renders.
        ShippingLabel.Address to = new ShippingLabel.Address("\u0936\u094d\u0930\u0940 \u0930\u093e\u092e", "\u0915\u094d\u0937\u0947\u0924\u094d\u0930 12, \u092a\u0941\u0923\u0947",
                "411001", "9886098860");
        String expected = text(LabelPdf.render(List.of(new ShippingLabel("O-1", "1", ShippingLabel.barcodeOf("O-1", "1"), FROM, to, 1500, 1, null, 1, "Asha"))));
        try (var workers = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            List<java.util.concurrent.Future<String>> texts = new java.util.ArrayList<>();
            for (int i = 0; i < 64; i++) {
                texts.add(workers.submit(() -> text(LabelPdf.render(List.of(new ShippingLabel("O-1", "1", ShippingLabel.barcodeOf("O-1", "1"), FROM, to, 1500, 1,
                        null, 1, "Asha"))))));
            }
            for (var t : texts) {
                assertEquals(expected, t.get());
            }
        }
    }

    private static ShippingLabel label(String orderId) {
        return new ShippingLabel(orderId, "1", ShippingLabel.barcodeOf(orderId, "1"), FROM, TO, 1500, 1, null, 1, "Asha Stores Pvt Ltd");
    }
}

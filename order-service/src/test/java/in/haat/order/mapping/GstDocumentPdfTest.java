package in.haat.order.mapping;

import static in.haat.order.PrintedPdf.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import in.haat.order.PrintedPdf;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A tax invoice's PDF shows the parties' names and addresses and each line's description whole, however long, in their scripts. */
class GstDocumentPdfTest {

    private static final String ADDRESS = "Flat 402, Sunshine Apartments, 14th Cross, 5th Main Road, Indiranagar 2nd Stage, "
            + "Near the Old Water Tank, HAL Airport Road, Bengaluru, Karnataka, India, 560038";
    private static final String DESCRIPTION = "Organic stone-ground whole wheat atta, 5 kg family pack, sourced from Madhya Pradesh farms";

    @Test
    void longAddressesAndDescriptionsWrapInsteadOfBeingCut() {
        GstDocument.Party seller = new GstDocument.Party("Asha Stores Private Limited, a wholesale and retail grocer of Bengaluru since 1972",
                "12 MG Road, Bengaluru, Karnataka, 560001", "Karnataka", "29", "29ABCDE1234F1Z5");
        GstDocument.Party buyer = new GstDocument.Party("Meera Rao", ADDRESS, "Karnataka", "29", null);
        GstDocument.Line line = new GstDocument.Line(1, "item", DESCRIPTION, "I1", "11010000", 3, "279.66", "18", "25.17", "25.17", "0.00", "330.00");
        GstDocument invoice = new GstDocument("TAX_INVOICE", "INV/26-27/000001", "2026-27", "2026-12-07T10:00:00Z", "O-1", null, null,
                seller, buyer, new GstDocument.PlaceOfSupply("Karnataka", "29"), false, List.of(line),
                new GstDocument.Totals("279.66", "25.17", "25.17", "0.00", "330.00"));
        // Lines wrap at spaces: the text read back, its line breaks as spaces, has each whole.
        String text = text(GstDocumentPdf.render(invoice)).replace('\n', ' ');
        assertTrue(text.contains(ADDRESS), text);
        assertTrue(text.contains(seller.name()), text);
        // The description's first line in the item's row, the rest under it.
        assertTrue(text.contains("1 Organic stone-ground whole wheat 11010000 3 279.66"), text);
        assertTrue(text.contains("330.00 atta, 5 kg family pack, sourced from Madhya Pradesh farms Total"), text);
    }

    @Test
    void aBuyerInHindiAndAnItemInGujaratiPrintInTheirScripts() {
        GstDocument.Party seller = new GstDocument.Party("Asha Stores", "12 MG Road, Bengaluru", "Karnataka", "29", "29ABCDE1234F1Z5");
        GstDocument.Party buyer = new GstDocument.Party("\u0930\u093e\u092e \u0936\u0930\u094d\u092e\u093e",
                "\u0930\u093e\u092e \u0928\u0917\u0930, \u092a\u0941\u0923\u0947 411001", "Maharashtra", "27", null);
        GstDocument.Line line = new GstDocument.Line(1, "item", "\u0a85\u0aae\u0aa6\u0abe\u0ab5\u0abe\u0aa6 tea 250 g", "I1", "09024020", 1,
                "200.00", "5", "0.00", "0.00", "10.00", "210.00");
        GstDocument invoice = new GstDocument("TAX_INVOICE", "INV/26-27/000002", "2026-27", "2026-12-08T10:00:00Z", "O-2", null, null,
                seller, buyer, new GstDocument.PlaceOfSupply("Maharashtra", "27"), true, List.of(line),
                new GstDocument.Totals("200.00", "0.00", "0.00", "10.00", "210.00"));
        byte[] pdf = GstDocumentPdf.render(invoice);
        String text = text(pdf);
        assertTrue(text.contains("Buyer: " + buyer.name()) && text.contains("\u0930\u093e\u092e \u0928\u0917\u0930, \u092a\u0941\u0923\u0947 411001"), text);
        assertTrue(text.contains("1 \u0a85\u0aae\u0aa6\u0abe\u0ab5\u0abe\u0aa6 tea 250 g 09024020"), text);
        assertFalse(text.contains("?"), text);
        assertTrue(PrintedPdf.fonts(pdf).containsAll(List.of("NotoSansDevanagari-Bold", "NotoSansDevanagari-Regular", "NotoSansGujarati-Regular")),
                PrintedPdf.fonts(pdf).toString());
    }

    @Test
    void aDocumentWithOnlyLatinTextEmbedsNoFont() {
        GstDocument.Party party = new GstDocument.Party("Asha Stores", "12 MG Road, Bengaluru", "Karnataka", "29", "29ABCDE1234F1Z5");
        GstDocument.Line line = new GstDocument.Line(1, "item", "Tea", "I1", "09024020", 1, "200.00", "5", "5.00", "5.00", "0.00", "210.00");
        byte[] pdf = GstDocumentPdf.render(new GstDocument("TAX_INVOICE", "INV/26-27/000003", "2026-27", "2026-12-08T10:00:00Z", "O-3", null, null,
                party, party, new GstDocument.PlaceOfSupply("Karnataka", "29"), false, List.of(line),
                new GstDocument.Totals("200.00", "5.00", "5.00", "0.00", "210.00")));
        assertEquals(java.util.Set.of("Helvetica", "Helvetica-Bold"), PrintedPdf.fonts(pdf));
    }
}

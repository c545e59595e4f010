package in.haat.order.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.junit.jupiter.api.Test;

/** Where a line of a label's or an invoice's text ends: at a space, or inside a word only when the word is wider than a line. */
class TextLinesTest {

    private static final float WIDTH = 190;

    @Test
    void aLineEndsAtTheLastSpaceBeforeTheWordItWouldCut() {
        String address = "4B, Indiranagar 100 Feet Road, HAL 2nd Stage, Bengaluru";
        assertEquals("4B, Indiranagar 100 Feet Road, HAL", first(address, PdfLayout.REGULAR, 11, WIDTH));
    }

    @Test
    void aWordThatFitsALineOfItsOwnGoesWholeToTheNextOne() {
        assertEquals("Order:", first("Order: O-056e4807-efe7-4182-a006-566191bcf841", PdfLayout.BOLD, 9, WIDTH));
    }

    @Test
    void aWordWiderThanALineIsBrokenWhereTheLineEnds() {
        String id = "ORD-" + "a1b2c3d4e5".repeat(7);
        assertEquals(TextLines.fit("Order: " + id, PdfLayout.BOLD, 9, WIDTH), first("Order: " + id, PdfLayout.BOLD, 9, WIDTH));
        assertTrue(TextLines.width(first("Order: " + id, PdfLayout.BOLD, 9, WIDTH), PdfLayout.BOLD, 9) <= WIDTH);
        assertEquals("W", first("WWW", PdfLayout.BOLD, 9, 1), "at least a character, however narrow the line");
    }

    @Test
    void aTextAsLongAsABuyerAppMaySendIsMeasuredALineAtATimeAndHeldToItsLines() {
        // 512 KB, a beckn body's limit: measuring the whole rest for every line would take minutes; this takes milliseconds.
        String address = "Sunshine Towers Phase Two ".repeat(20_000);
        List<String> lines = TextLines.lines(address, PdfLayout.REGULAR, 9, 500, 20);
        assertEquals(20, lines.size());
        assertTrue(lines.get(19).endsWith("..."), lines.get(19));
        assertTrue(lines.get(0).startsWith("Sunshine Towers Phase Two Sunshine"), lines.get(0));
        assertEquals(List.of("a b", "c"), TextLines.lines("  a b   c ", PdfLayout.REGULAR, 9, TextLines.width("a b c", PdfLayout.REGULAR, 9) - 1, 5));
    }

    @Test
    void onlyWhatHelveticaCanShowIsKept() {
        assertEquals("Caf\u00e9 ? ?\u00a0x y", TextLines.safe("Caf\u00e9 \u20b9 \u0000\u00a0x\ny"));
    }

    private static String first(String text, PDType1Font font, float size, float width) {
        return text.substring(0, TextLines.next(text, 0, font, size, width));
    }
}

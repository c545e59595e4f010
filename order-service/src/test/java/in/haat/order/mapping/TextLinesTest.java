package in.haat.order.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Where a line of a label's text ends: at a space, or inside a word only when the word is wider than a line. */
class TextLinesTest {

    private static final float WIDTH = 190;

    @Test
    void aLineEndsAtTheLastSpaceBeforeTheWordItWouldCut() {
        String address = "4B, Indiranagar 100 Feet Road, HAL 2nd Stage, Bengaluru";
        String first = TextLines.next(address, PdfLayout.REGULAR, 11, WIDTH);
        assertEquals("4B, Indiranagar 100 Feet Road, HAL", first);
    }

    @Test
    void aWordThatFitsALineOfItsOwnGoesWholeToTheNextOne() {
        assertEquals("Order:", TextLines.next("Order: O-056e4807-efe7-4182-a006-566191bcf841", PdfLayout.BOLD, 9, WIDTH));
    }

    @Test
    void aWordWiderThanALineIsBrokenWhereTheLineEnds() {
        String id = "ORD-" + "a1b2c3d4e5".repeat(7);
        String first = TextLines.next("Order: " + id, PdfLayout.BOLD, 9, WIDTH);
        assertEquals(TextLines.fit("Order: " + id, PdfLayout.BOLD, 9, WIDTH), first);
        assertEquals("W", TextLines.next("WWW", PdfLayout.BOLD, 9, 1), "at least a character, however narrow the line");
    }

    @Test
    void onlyWhatHelveticaCanShowIsKept() {
        assertEquals("Caf\u00e9 ? ?\u00a0x y", TextLines.safe("Caf\u00e9 \u20b9 \u0000\u00a0x\ny"));
    }
}

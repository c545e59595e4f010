package in.haat.order.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a line of a label's or an invoice's text ends: at a space, or inside a word only when the word is wider than a line. */
class TextLinesTest {

    private static final float WIDTH = 190;

    @Test
    void aLineEndsAtTheLastSpaceBeforeTheWordItWouldCut() {
        String address = "4B, Indiranagar 100 Feet Road, HAL 2nd Stage, Bengaluru";
        assertEquals("4B, Indiranagar 100 Feet Road, HAL", first(address, Typeface.REGULAR, 11, WIDTH));
    }

    @Test
    void aWordThatFitsALineOfItsOwnGoesWholeToTheNextOne() {
        assertEquals("Order:", first("Order: O-056e4807-efe7-4182-a006-566191bcf841", Typeface.BOLD, 9, WIDTH));
    }

    @Test
    void aWordWiderThanALineIsBrokenWhereTheLineEnds() {
        String id = "ORD-" + "a1b2c3d4e5".repeat(7);
        assertEquals(TextLines.fit("Order: " + id, Typeface.BOLD, 9, WIDTH), first("Order: " + id, Typeface.BOLD, 9, WIDTH));
        assertTrue(TextLines.width(first("Order: " + id, Typeface.BOLD, 9, WIDTH), Typeface.BOLD, 9) <= WIDTH);
        assertEquals("W", first("WWW", Typeface.BOLD, 9, 1), "at least a character, however narrow the line");
    }

    @Test
    void aTextAsLongAsABuyerAppMaySendIsMeasuredALineAtATimeAndHeldToItsLines() {
        // 512 KB, a beckn body's limit: measuring the whole rest for every line would take minutes; this takes milliseconds.
        String address = "Sunshine Towers Phase Two ".repeat(20_000);
        List<String> lines = TextLines.lines(address, Typeface.REGULAR, 9, 500, 20);
        assertEquals(20, lines.size());
        assertTrue(lines.get(19).endsWith("..."), lines.get(19));
        assertTrue(lines.get(0).startsWith("Sunshine Towers Phase Two Sunshine"), lines.get(0));
        // Signs that take no width (a virama alone) still end a line: the shaper never gets a whole body at once.
        List<String> marks = TextLines.lines("\u094d".repeat(500_000), Typeface.REGULAR, 9, 500, 20);
        assertEquals(20, marks.size());
        assertTrue(marks.stream().allMatch(line -> line.length() <= 504), marks.get(0).length() + " characters in a line");
        assertEquals(List.of("a b", "c"), TextLines.lines("  a b   c ", Typeface.REGULAR, 9, TextLines.width("a b c", Typeface.REGULAR, 9) - 1, 5));
    }

    @Test
    void aWordWiderThanALineIsNeverBrokenInsideALetter() {
        // Each of these is one letter as a reader sees it: a conjunct (consonants joined by a virama), a consonant and its vowel sign.
        String word = "\u0915\u094d\u0937\u0947\u0924\u094d\u0930".repeat(3) + "\u0915\u093f";
        float letter = TextLines.width("\u0915", Typeface.REGULAR, 9);
        for (float width = letter / 2; width < TextLines.width(word, Typeface.REGULAR, 9); width += letter / 4) {
            int end = TextLines.next(word, 0, Typeface.REGULAR, 9, width);
            assertTrue(end == word.length() || word.charAt(end) == '\u0915' || word.charAt(end) == '\u0924', width + ": " + end);
        }
    }

    private static String first(String text, Typeface font, float size, float width) {
        return text.substring(0, TextLines.next(text, 0, font, size, width));
    }
}

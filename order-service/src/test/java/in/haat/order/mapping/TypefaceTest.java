package in.haat.order.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which characters our documents print and in which font: Helvetica, Noto for three Indian scripts, Liberation Sans. */
class TypefaceTest {

    @Test
    void helveticaKeepsLatin1AndEveryOtherCharacterNoFontShowsIsOneQuestionMark() {
        assertEquals("Caf\u00e9 ? \u00a0x y z", Typeface.REGULAR.safe("Caf\u00e9 \u0000 \u00a0x\ny\tz"));
        assertEquals("Cafe\u0301 composed: Caf\u00e9", "Cafe\u0301 composed: " + Typeface.REGULAR.safe("Cafe\u0301"));
        // Tamil (PDFBox does not shape it), Urdu (right to left), an emoji (two chars, one '?').
        assertEquals("??? ?? ?", Typeface.BOLD.safe("\u0ba4\u0bae\u0bbf \u0627\u0631 \ud83d\ude00"));
    }

    @Test
    void devanagariBengaliGujaratiTheRupeeAndCyrillicAreKept() {
        for (String text : List.of("\u0936\u094d\u0930\u0940 \u0930\u093e\u092e \u0915\u093f\u0930\u093e\u0928\u093e", "\u0995\u09b2\u0995\u09be\u09a4\u09be",
                "\u0a85\u0aae\u0aa6\u0abe\u0ab5\u0abe\u0aa6", "\u20b9 250", "\u041c\u043e\u0441\u043a\u0432\u0430 \u0141\u00f3d\u017a", "\u0915\u094d\u200d\u0937")) {
            assertEquals(text, Typeface.REGULAR.safe(text), text);
            assertEquals(text, Typeface.BOLD.safe(text), text);
        }
    }

    @Test
    void aTextIsWrittenInRunsOfTheFontThatShowsThem() {
        List<Typeface.Run> runs = Typeface.REGULAR.runs("Ram \u0930\u093e\u092e, \u0995\u09be\u0964 \u20b9 5 \u0416");
        assertEquals(List.of("Ram ", "\u0930\u093e\u092e", ", ", "\u0995\u09be\u0964", " ", "\u20b9", " 5 ", "\u0416"), runs.stream().map(Typeface.Run::text).toList());
        assertNull(runs.get(0).font());
        assertTrue(runs.get(1).font().toString().contains("NotoSansDevanagari-Regular"), runs.get(1).font().toString());
        // The danda is in Devanagari's block and in the Bengali font: after Bengali it stays Bengali.
        assertTrue(runs.get(3).font().toString().contains("NotoSansBengali-Regular"), runs.get(3).font().toString());
        assertTrue(runs.get(7).font().toString().contains("LiberationSans"), runs.get(7).font().toString());
        assertTrue(Typeface.BOLD.runs("\u0930\u093e\u092e").get(0).font().toString().contains("NotoSansDevanagari-Bold"));
    }

    @Test
    void aWidthIsTheFontsAdvanceBeforeShaping() {
        assertEquals(Typeface.REGULAR.width('W', 10) * 2, TextLines.width("WW", Typeface.REGULAR, 10), 1e-4);
        assertTrue(Typeface.REGULAR.width('\u0915', 10) > 3, "a Devanagari letter has a width");
        assertEquals(0, Typeface.REGULAR.width('\u094d', 10), 1e-4, "its virama joins, taking none");
    }
}

package in.haat.order.mapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A style of our documents' text, regular or bold: PDF's standard Helvetica for what WinAnsi shows (printable Latin-1),
 * else the first of our embedded fonts that has the character: Noto Sans Devanagari, Bengali and Gujarati (Hindi,
 * Marathi, Nepali, Bengali, Assamese, Gujarati; the rupee sign), then Liberation Sans, which PDFBox ships (other
 * Latin, Greek, Cyrillic, in its one weight). What none shows is written '?': other Indian scripts, whose shaping PDFBox
 * does not do, right-to-left scripts, emoji (docs/order-api.md).
 */
public enum Typeface {
    REGULAR(Standard14Fonts.FontName.HELVETICA),
    BOLD(Standard14Fonts.FontName.HELVETICA_BOLD);

    private final PDType1Font standard;
    /** Helvetica's widths of Latin-1, in thousandths of the font size. */
    private final float[] latin1 = new float[256];

    Typeface(Standard14Fonts.FontName name) {
        this.standard = new PDType1Font(name);
        try {
            for (char c = 0x20; c <= 0xff; c++) {
                latin1[c] = standard(c) ? standard.getStringWidth(String.valueOf(c)) : 0;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One stretch of text that one font shows: {@code font} null for Helvetica. */
    record Run(ScriptFont font, String text) {
    }

    /** Helvetica in this weight. */
    PDType1Font standard() {
        return standard;
    }

    /**
     * {@code text} as we can print it: composed (NFC: an accent typed apart joins its letter), line breaks and tabs
     * as spaces, and every character no font of ours shows, a control character or a right-to-left one as one '?'.
     */
    String safe(String text) {
        if (text == null) {
            return "";
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        composed.codePoints().forEach(c -> out.append(c == '\n' || c == '\t' || c == '\r' ? ' ' : shows(c) ? (char) c : '?'));
        return out.toString();
    }

    /** The width of {@code c} (shown by a font of ours: {@link #safe}) in points at {@code size}. */
    float width(char c, float size) {
        ScriptFont font = fontOf(c, null);
        return (font == null ? latin1[c] : font.width(c)) / 1000 * size;
    }

    /** {@code text} (made {@link #safe}) in runs of one font each; a character stays in the run before it when that font shows it. */
    List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        ScriptFont current = null;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            ScriptFont font = fontOf(text.charAt(i), current);
            if (font != current && i > start) {
                runs.add(new Run(current, text.substring(start, i)));
                start = i;
            }
            current = font;
        }
        if (start < text.length()) {
            runs.add(new Run(current, text.substring(start)));
        }
        return runs;
    }

    /** The font that shows {@code c}: null for Helvetica; {@code current} when it has the glyph (a danda stays Bengali). */
    private ScriptFont fontOf(char c, ScriptFont current) {
        if (standard(c)) {
            return null;
        }
        if (current != null && current.shows(c)) {
            return current;
        }
        for (ScriptFont font : fallbacks()) {
            if (font.shows(c)) {
                return font;
            }
        }
        throw new IllegalArgumentException("no font shows U+" + Integer.toHexString(c) + ": text not made safe");
    }

    private boolean shows(int c) {
        if (standard(c)) {
            return true;
        }
        if (c > Character.MAX_VALUE || Character.isISOControl(c) || rightToLeft(c)) {
            return false;
        }
        for (ScriptFont font : fallbacks()) {
            if (font.shows((char) c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean standard(int c) {
        return (c >= 0x20 && c < 0x7f) || (c >= 0xa0 && c <= 0xff);
    }

    private static boolean rightToLeft(int c) {
        byte direction = Character.getDirectionality(c);
        return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    private List<ScriptFont> fallbacks() {
        return this == BOLD ? Fallbacks.BOLD : Fallbacks.REGULAR;
    }

    /** Read on the first character Helvetica cannot show, not before: most documents never need them. */
    private static final class Fallbacks {
        private static final ScriptFont LIBERATION = ScriptFont.load("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf");
        static final List<ScriptFont> REGULAR = of("Regular");
        static final List<ScriptFont> BOLD = of("Bold");

        private static List<ScriptFont> of(String weight) {
            return List.of(ScriptFont.load("/fonts/NotoSansDevanagari-" + weight + ".ttf"), ScriptFont.load("/fonts/NotoSansBengali-" + weight + ".ttf"),
                    ScriptFont.load("/fonts/NotoSansGujarati-" + weight + ".ttf"), LIBERATION);
        }
    }
}

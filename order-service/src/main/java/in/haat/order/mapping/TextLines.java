package in.haat.order.mapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDType1Font;

/** Text measured in a PDF font: what Helvetica can show, how wide it is, and where a line of it ends. */
final class TextLines {

    private TextLines() {
    }

    /** Only what WinAnsi (Helvetica's encoding) can show: printable Latin-1; anything else becomes '?'. */
    static String safe(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append((c >= 0x20 && c < 0x7f) || (c >= 0xa0 && c <= 0xff) ? c : c == '\n' || c == '\t' ? ' ' : '?');
        }
        return out.toString();
    }

    /** The width of {@code text} in points. */
    static float width(String text, PDType1Font font, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The longest start of {@code text} no wider than {@code width}. */
    static String fit(String text, PDType1Font font, float size, float width) {
        return text.substring(0, end(text, 0, font, size, width));
    }

    /**
     * Where the first line of {@code text} from {@code from} (not a space) no wider than {@code width} ends: at a space,
     * unless the word it would cut is wider than a line itself (an id), which is broken where the line ends; at least a
     * character further. Measured a character at a time, never the whole rest: a text is as long as a buyer app sends.
     */
    static int next(String text, int from, PDType1Font font, float size, float width) {
        int end = end(text, from, font, size, width);
        if (end < text.length() && text.charAt(end) != ' ') {
            int space = text.lastIndexOf(' ', end - 1);
            int wordEnd = text.indexOf(' ', end);
            if (space > from && end(text, space + 1, font, size, width) >= (wordEnd < 0 ? text.length() : wordEnd)) {
                end = space;
            }
        }
        return Math.max(end, from + 1);
    }

    /**
     * {@code text} (made safe) in lines no wider than {@code width}, each from {@link #next}: at most {@code maxLines},
     * the last ending in "..." when the text goes on.
     */
    static List<String> lines(String text, PDType1Font font, float size, float width, int maxLines) {
        List<String> lines = new ArrayList<>();
        String all = safe(text).strip();
        int from = 0;
        while (from < all.length()) {
            int end = next(all, from, font, size, width);
            if (lines.size() == maxLines - 1 && end < all.length()) {
                lines.add(all.substring(from, end(all, from, font, size, width - width("...", font, size))).stripTrailing() + "...");
                break;
            }
            lines.add(all.substring(from, end).stripTrailing());
            from = end;
            while (from < all.length() && all.charAt(from) == ' ') {
                from++;
            }
        }
        return lines;
    }

    /** Where the longest run of {@code text} from {@code from} no wider than {@code width} ends. */
    private static int end(String text, int from, PDType1Font font, float size, float width) {
        float used = 0;
        for (int i = from; i < text.length(); i++) {
            used += width(String.valueOf(text.charAt(i)), font, size);
            if (used > width) {
                return i;
            }
        }
        return text.length();
    }
}

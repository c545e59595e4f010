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
        String t = text;
        while (!t.isEmpty() && width(t, font, size) > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    /**
     * The first line of {@code text} (safe, stripped, not empty) no wider than {@code width}: it ends at a space, unless
     * the word it would cut is wider than a line itself (an id), which is broken where the line ends; at least a character.
     */
    static String next(String text, PDType1Font font, float size, float width) {
        String line = fit(text, font, size, width);
        int space = line.lastIndexOf(' ');
        if (line.length() < text.length() && text.charAt(line.length()) != ' ' && space > 0) {
            int end = text.indexOf(' ', line.length());
            if (width(text.substring(space + 1, end < 0 ? text.length() : end), font, size) <= width) {
                line = line.substring(0, space);
            }
        }
        return line.isEmpty() ? text.substring(0, 1) : line;
    }

    /**
     * {@code text} (made safe) in lines no wider than {@code width}, each from {@link #next}: at most {@code maxLines},
     * the last ending in "..." when the text goes on.
     */
    static List<String> lines(String text, PDType1Font font, float size, float width, int maxLines) {
        List<String> lines = new ArrayList<>();
        String rest = safe(text).strip();
        while (!rest.isEmpty()) {
            String line = next(rest, font, size, width);
            if (lines.size() == maxLines - 1 && line.length() < rest.length()) {
                lines.add(fit(rest, font, size, width - width("...", font, size)).stripTrailing() + "...");
                break;
            }
            lines.add(line);
            rest = rest.substring(line.length()).strip();
        }
        return lines;
    }
}

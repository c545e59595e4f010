package in.haat.order.mapping;

import java.util.ArrayList;
import java.util.List;

/** Text measured in a {@link Typeface}: how wide it is and where a line of it ends. */
final class TextLines {

    /** More characters than any letter has (a conjunct of five consonants with its signs), fewer than a line of marks alone. */
    private static final int LONGEST_LETTER = 16;
    /**
     * More characters than a line of real text holds (an A4 line of 8 point 'i's has ~290); a line of marks that take
     * no width (viramas, joiners) ends here rather than holding a whole 512 KB text for the shaper.
     */
    private static final int MOST_IN_A_LINE = 500;

    private TextLines() {
    }

    /** The width of {@code text} (made {@link Typeface#safe safe}) in points, before shaping, which only narrows it. */
    static float width(String text, Typeface face, float size) {
        float width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += face.width(text.charAt(i), size);
        }
        return width;
    }

    /** The longest start of {@code text} (made safe) no wider than {@code width}. */
    static String fit(String text, Typeface face, float size, float width) {
        return text.substring(0, end(text, 0, face, size, width));
    }

    /**
     * Where the first line of {@code text} (made safe) from {@code from} (not a space) no wider than {@code width} ends:
     * at a space, unless the word it would cut is wider than a line itself (an id), which is broken where the line ends;
     * at least a letter further. Measured a character at a time, never the whole rest: a text is as long as a buyer app
     * sends.
     */
    static int next(String text, int from, Typeface face, float size, float width) {
        int end = end(text, from, face, size, width);
        if (end < text.length() && text.charAt(end) != ' ') {
            int space = text.lastIndexOf(' ', end - 1);
            int wordEnd = text.indexOf(' ', end);
            if (space > from && end(text, space + 1, face, size, width) >= (wordEnd < 0 ? text.length() : wordEnd)) {
                end = space;
            }
        }
        if (end == from) {
            end = from + 1;
            while (end < text.length() && end - from < LONGEST_LETTER && !letterStarts(text, end)) {
                end++;
            }
        }
        return end;
    }

    /**
     * {@code text} (made safe here) in lines no wider than {@code width}, each from {@link #next}: at most
     * {@code maxLines}, the last ending in "..." when the text goes on.
     */
    static List<String> lines(String text, Typeface face, float size, float width, int maxLines) {
        List<String> lines = new ArrayList<>();
        String all = face.safe(text).strip();
        int from = 0;
        while (from < all.length()) {
            int end = next(all, from, face, size, width);
            if (lines.size() == maxLines - 1 && end < all.length()) {
                lines.add(all.substring(from, end(all, from, face, size, width - width("...", face, size))).stripTrailing() + "...");
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

    /**
     * Where the longest run of {@code text} from {@code from} no wider than {@code width} ends, never inside a letter:
     * a Devanagari consonant keeps its vowel signs and the consonants its virama joins to it.
     */
    private static int end(String text, int from, Typeface face, float size, float width) {
        float used = 0;
        for (int i = from; i < text.length(); i++) {
            used += face.width(text.charAt(i), size);
            if (used > width || i - from == MOST_IN_A_LINE) {
                while (i > from && !letterStarts(text, i)) {
                    i--;
                }
                return i;
            }
        }
        return text.length();
    }

    /** Whether a letter (a grapheme as a reader sees it) starts at {@code i}: not a mark, a joiner, or after a virama. */
    private static boolean letterStarts(String text, int i) {
        char c = text.charAt(i);
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK
                || c == '\u200c' || c == '\u200d') {
            return false;
        }
        char before = i == 0 ? ' ' : text.charAt(i - 1);
        return !(virama(before) || before == '\u200d') || !Character.isLetter(c);
    }

    /** The virama of each Indian script (U+094D, U+09CD, ... U+0D4D): the consonant after it joins the one before. */
    private static boolean virama(char c) {
        return c >= 0x0900 && c < 0x0e00 && (c & 0x7f) == 0x4d;
    }
}

package in.haat.order.mapping;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A TrueType font we embed for text Helvetica cannot show: its character map and widths read once per process, its
 * bytes embedded (only the glyphs used) in each document that needs it. PDFBox shapes Devanagari, Bengali and
 * Gujarati with the font's own substitutions (conjuncts, matras in their places) as it writes the text.
 */
final class ScriptFont {

    private final String resource;
    private final byte[] bytes;
    private final TrueTypeFont metrics;
    private final CmapLookup characters;
    private final float scale;

    private ScriptFont(String resource, byte[] bytes) throws IOException {
        this.resource = resource;
        this.bytes = bytes;
        this.metrics = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        // Both tables read here, once: afterwards a width or a look-up only reads them, from any thread.
        this.characters = metrics.getUnicodeCmapLookup();
        this.scale = 1000f / metrics.getUnitsPerEm();
        metrics.getAdvanceWidth(0);
    }

    /** The font at {@code resource} on the class path (ours under /fonts, or one PDFBox ships). */
    static ScriptFont load(String resource) {
        try (InputStream in = ScriptFont.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no font at " + resource);
            }
            return new ScriptFont(resource, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the font has a glyph for {@code c}. */
    boolean shows(char c) {
        return characters.getGlyphId(c) != 0;
    }

    /** The advance of {@code c} in thousandths of the font size, before shaping (which only ever narrows a word). */
    float width(char c) {
        try {
            return metrics.getAdvanceWidth(characters.getGlyphId(c)) * scale;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The font for {@code document}, to be embedded as a subset of the glyphs written with it. */
    PDType0Font embedIn(PDDocument document) {
        try {
            return PDType0Font.load(document, new ByteArrayInputStream(bytes), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return resource;
    }
}

package in.haat.order.mapping;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** A document's text writer: each run of a text in the font that shows it, each embedded font loaded once per document. */
final class PdfText {

    private final PDDocument document;
    private final Map<ScriptFont, PDType0Font> embedded = new HashMap<>();

    PdfText(PDDocument document) {
        this.document = document;
    }

    /**
     * Writes {@code text} (made {@link Typeface#safe safe}) where the content's text position is; each run moves it on
     * by its glyphs as shaped, so a run after a Devanagari word starts where the word really ends.
     */
    void show(PDPageContentStream content, String text, Typeface face, float size) throws IOException {
        for (Typeface.Run run : face.runs(text)) {
            content.setFont(run.font() == null ? face.standard() : embedded.computeIfAbsent(run.font(), f -> f.embedIn(document)), size);
            content.showText(run.text());
        }
    }
}

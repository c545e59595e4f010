package in.haat.order.mapping;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** A document's text writer: each run of a text in the font that shows it, each embedded font loaded once per document. */
final class PdfText {

    private static final COSName SPAN = COSName.getPDFName("Span");

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
            if (run.font() == null) {
                content.setFont(face.standard(), size);
                content.showText(run.text());
                continue;
            }
            // A conjunct's glyph maps to no character: the span's ActualText gives a reader (copy, search) the text as written.
            COSDictionary actual = new COSDictionary();
            actual.setString(COSName.ACTUAL_TEXT, run.text());
            content.beginMarkedContent(SPAN, PDPropertyList.create(actual));
            content.setFont(embedded.computeIfAbsent(run.font(), f -> f.embedIn(document)), size);
            content.showText(run.text());
            content.endMarkedContent();
        }
    }
}

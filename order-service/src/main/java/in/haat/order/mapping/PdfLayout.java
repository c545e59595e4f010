package in.haat.order.mapping;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;

/**
 * A top-to-bottom layout over PDFBox for our documents: a cursor that moves down the page as lines, table rows, rules
 * and bars are written, and a new page when one is full. Templates say what goes where; this says how it is drawn.
 * Text is in a {@link Typeface}: Helvetica, and embedded fonts for what it cannot show.
 */
public final class PdfLayout implements AutoCloseable {

    /** One pixel of a page rendered at 300 dpi, in points. */
    static final float GRID = 72f / 300;
    private static final float SIDE_TEXT = 7;

    private final PDDocument document = new PDDocument();
    private final PdfText writer = new PdfText(document);
    private final PDRectangle size;
    private final float margin;
    private PDPageContentStream content;
    private float y;
    /** The width the side's barcode takes on this page. */
    private float band;

    public PdfLayout(PDRectangle size, float margin) {
        this.size = size;
        this.margin = margin;
    }

    /** Starts a new page; the cursor at its top margin. */
    public PdfLayout page() {
        try {
            closeContent();
            PDPage page = new PDPage(size);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = size.getHeight() - margin;
            band = 0;
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The width between the margins, less the side's barcode on a page that has one. */
    public float width() {
        return size.getWidth() - 2 * margin - band;
    }

    /** One line of text at the left margin. */
    public PdfLayout line(String text, Typeface font, float fontSize) {
        return row(new float[] {1}, new String[] {text}, font, fontSize);
    }

    /**
     * One table row: {@code texts} in columns whose widths are {@code fractions} of the page's width; a column whose
     * fraction is negative is right-aligned (amounts). A text too wide for its column is cut.
     */
    public PdfLayout row(float[] fractions, String[] texts, Typeface font, float fontSize) {
        room(fontSize * 1.4f);
        y -= fontSize * 1.2f;
        float x = margin;
        try {
            for (int i = 0; i < texts.length; i++) {
                float w = Math.abs(fractions[i]) * width();
                String t = TextLines.fit(font.safe(texts[i]), font, fontSize, w - 4);
                float tw = TextLines.width(t, font, fontSize);
                content.beginText();
                content.newLineAtOffset(fractions[i] < 0 ? x + w - 4 - tw : x, y);
                writer.show(content, t, font, fontSize);
                content.endText();
                x += w;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= fontSize * 0.3f;
        return this;
    }

    /** A thin line across the page, and a little space. */
    public PdfLayout rule() {
        room(6);
        try {
            content.setLineWidth(0.5f);
            content.moveTo(margin, y - 2);
            content.lineTo(margin + width(), y - 2);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= 6;
        return this;
    }

    /** Empty space. */
    public PdfLayout gap(float points) {
        y -= points;
        return this;
    }

    /**
     * A barcode's bars (true: a dark module) up the right-hand side of the page, {@code height} deep, its text beside
     * them; the rest of the page narrows to leave them room. Across a 4-inch label a 40-character id has 0.56 point
     * modules, 1.6 dots of a 203 dpi printer, which scanners miss; up its side they are a hundredth of an inch.
     */
    public PdfLayout sideBars(boolean[] modules, String text, float height) {
        room(0);
        float length = size.getHeight() - 2 * margin;
        float module = module(modules.length, length);
        // Edges on whole pixels of a 300 dpi page (a 1/300 inch grid) where the modules are whole pixels too.
        float bottom = Math.round((margin + (length - module * modules.length) / 2) / GRID) * GRID;
        float right = size.getWidth() - margin;
        try {
            content.setNonStrokingColor(0f, 0f, 0f);
            for (int i = 0; i < modules.length; i++) {
                int start = i;
                while (i < modules.length && modules[i]) {
                    i++;
                }
                if (i > start) {
                    content.addRect(right - height, bottom + start * module, height, (i - start) * module);
                }
            }
            content.fill();
            String shown = TextLines.fit(Typeface.REGULAR.safe(text), Typeface.REGULAR, SIDE_TEXT, length);
            float textLength = TextLines.width(shown, Typeface.REGULAR, SIDE_TEXT);
            content.beginText();
            content.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, right - height - 3, margin + (length - textLength) / 2));
            writer.show(content, shown, Typeface.REGULAR, SIDE_TEXT);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        band = height + 3 + SIDE_TEXT + 8;
        return this;
    }

    /**
     * A module's width: the widest of 0.02, 0.01 and 2/300 inch whose bars and quiet zones (ten modules at each end)
     * fit {@code length}; a longer text gets thinner modules, as thin as it must.
     */
    static float module(int modules, float length) {
        for (float module : new float[] {1.44f, 0.72f, 2 * GRID}) {
            if ((modules + 20) * module <= length) {
                return module;
            }
        }
        return length / (modules + 20);
    }

    /**
     * At most {@code maxLines} lines of text that wrap at spaces to the width between the margins, the last ending in
     * "..." when the text goes on.
     */
    public PdfLayout paragraph(String text, Typeface font, float fontSize, int maxLines) {
        for (String line : TextLines.lines(text, font, fontSize, width() - 4, maxLines)) {
            line(line, font, fontSize);
        }
        return this;
    }

    /** The document's bytes. */
    public byte[] bytes() {
        try {
            closeContent();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            closeContent();
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void room(float needed) {
        if (content == null || y - needed < margin) {
            page();
        }
    }

    private void closeContent() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }
}

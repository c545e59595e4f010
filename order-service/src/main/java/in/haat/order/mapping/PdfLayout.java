package in.haat.order.mapping;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A top-to-bottom layout over PDFBox for our documents: a cursor that moves down the page as lines, table rows, rules
 * and bars are written, and a new page when one is full. Templates say what goes where; this says how it is drawn.
 * Fonts are PDF's standard Helvetica (WinAnsi): a character it cannot show is written as '?'.
 */
public final class PdfLayout implements AutoCloseable {

    public static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    public static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private final PDDocument document = new PDDocument();
    private final PDRectangle size;
    private final float margin;
    private PDPageContentStream content;
    private float y;

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
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The width between the margins. */
    public float width() {
        return size.getWidth() - 2 * margin;
    }

    /** One line of text at the left margin. */
    public PdfLayout line(String text, PDType1Font font, float fontSize) {
        return row(new float[] {1}, new String[] {text}, font, fontSize);
    }

    /**
     * One table row: {@code texts} in columns whose widths are {@code fractions} of the page's width; a column whose
     * fraction is negative is right-aligned (amounts). A text too wide for its column is cut.
     */
    public PdfLayout row(float[] fractions, String[] texts, PDType1Font font, float fontSize) {
        room(fontSize * 1.4f);
        y -= fontSize * 1.2f;
        float x = margin;
        try {
            for (int i = 0; i < texts.length; i++) {
                float w = Math.abs(fractions[i]) * width();
                String t = fit(safe(texts[i]), font, fontSize, w - 4);
                float tw = font.getStringWidth(t) / 1000 * fontSize;
                content.beginText();
                content.setFont(font, fontSize);
                content.newLineAtOffset(fractions[i] < 0 ? x + w - 4 - tw : x, y);
                content.showText(t);
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

    /** A bar pattern (true: a dark module) {@code height} high, centred, modules as wide as fit the page (at most 1.5 points). */
    public PdfLayout bars(boolean[] modules, float height) {
        room(height + 4);
        float module = Math.min(1.5f, width() / modules.length);
        float x = margin + (width() - module * modules.length) / 2;
        try {
            content.setNonStrokingColor(0f, 0f, 0f);
            for (int i = 0; i < modules.length; i++) {
                int start = i;
                while (i < modules.length && modules[i]) {
                    i++;
                }
                if (i > start) {
                    content.addRect(x + start * module, y - height, (i - start) * module, height);
                }
            }
            content.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= height + 4;
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

    private static String fit(String text, PDType1Font font, float size, float width) throws IOException {
        String t = text;
        while (!t.isEmpty() && font.getStringWidth(t) / 1000 * size > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }
}

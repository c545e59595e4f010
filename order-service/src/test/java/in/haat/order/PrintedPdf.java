package in.haat.order;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF read back for tests as a person and a scanner would: its pages, its text, its fonts, and a page's Code 128 barcode printed at a dpi. */
public final class PrintedPdf {

    private PrintedPdf() {
    }

    /** How many pages. */
    public static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of every page, in the order it was drawn. */
    public static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fonts of every page, by name without a subset's tag ("NotoSansDevanagari-Bold", "Helvetica"). */
    public static Set<String> fonts(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Set<String> fonts = new TreeSet<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name).getName().replaceFirst("^[A-Z]{6}\\+", ""));
                }
            }
            return fonts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Code 128 barcode on page {@code page} of a PDF rendered at {@code dpi}; an AssertionError when none is read. */
    public static String barcode(byte[] pdf, int page, int dpi) {
        System.setProperty("java.awt.headless", "true");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page, dpi, ImageType.GRAY);
            return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(ImageLuminance.of(image))),
                    Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.CODE_128), DecodeHintType.TRY_HARDER, true)).getText();
        } catch (Exception e) {
            throw new AssertionError("no Code 128 barcode on page " + page + " at " + dpi + " dpi", e);
        }
    }

    /**
     * zxing core reads luminance, not images (its BufferedImage source is in javase): the grey of each pixel. It turns
     * the page a quarter when asked, as zxing's 1D readers do to find bars that run up the page.
     */
    static final class ImageLuminance extends LuminanceSource {

        private final byte[] pixels;

        private ImageLuminance(int width, int height, byte[] pixels) {
            super(width, height);
            this.pixels = pixels;
        }

        static ImageLuminance of(BufferedImage image) {
            byte[] pixels = new byte[image.getWidth() * image.getHeight()];
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int rgb = image.getRGB(x, y);
                    int grey = (((rgb >> 16) & 0xff) * 299 + ((rgb >> 8) & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
                    pixels[y * image.getWidth() + x] = (byte) grey;
                }
            }
            return new ImageLuminance(image.getWidth(), image.getHeight(), pixels);
        }

        @Override
        public byte[] getRow(int y, byte[] row) {
            byte[] out = row != null && row.length >= getWidth() ? row : new byte[getWidth()];
            System.arraycopy(pixels, y * getWidth(), out, 0, getWidth());
            return out;
        }

        @Override
        public byte[] getMatrix() {
            return pixels;
        }

        @Override
        public boolean isRotateSupported() {
            return true;
        }

        @Override
        public LuminanceSource rotateCounterClockwise() {
            int width = getWidth();
            int height = getHeight();
            byte[] turned = new byte[pixels.length];
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    turned[(width - 1 - x) * height + y] = pixels[y * width + x];
                }
            }
            return new ImageLuminance(height, width, turned);
        }
    }
}

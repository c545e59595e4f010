package in.haat.order.mapping;

import com.google.zxing.oned.Code128Writer;

/** The bar pattern of a Code 128 barcode (zxing's encoder), for {@link PdfLayout#bars} to draw. */
public final class Code128Bars {

    /** Code 128 carries ASCII 32 to 126 here, and zxing's writer at most 80 characters. */
    public static final int MAX_LENGTH = 80;

    private Code128Bars() {
    }

    /** Whether {@code text} can be a barcode: printable ASCII, 1 to 80 characters. */
    public static boolean encodable(String text) {
        return text != null && !text.isEmpty() && text.length() <= MAX_LENGTH && text.chars().allMatch(c -> c >= 32 && c < 127);
    }

    /** The modules (true: a bar) of {@code text}, without quiet zones: the page margins around the bars are those. */
    public static boolean[] of(String text) {
        return new Code128Writer().encode(text);
    }
}

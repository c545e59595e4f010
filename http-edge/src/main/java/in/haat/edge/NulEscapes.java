package in.haat.edge;

/**
 * Finds a NUL character ({@code \u0000}) inside JSON strings as the text streams past, one character (or byte:
 * UTF-8 multi-byte sequences never contain ASCII) at a time: in a string a backslash starts an escape and a quote
 * ends it. Outside strings a backslash is invalid JSON, which the parser refuses on its own.
 */
final class NulEscapes {

    private boolean inString;
    private boolean escaped;
    private int hexLeft;
    private boolean zeros;

    /** Takes the next character; true when it completes a NUL escape (or is a raw NUL, which JSON forbids anyway). */
    boolean nul(int c) {
        if (c == 0) {
            return true;
        }
        if (!inString) {
            inString = c == '"';
            return false;
        }
        if (hexLeft > 0) {
            zeros &= c == '0';
            return --hexLeft == 0 && zeros;
        }
        if (escaped) {
            escaped = false;
            if (c == 'u') {
                hexLeft = 4;
                zeros = true;
            }
            return false;
        }
        if (c == '\\') {
            escaped = true;
        } else if (c == '"') {
            inString = false;
        }
        return false;
    }
}

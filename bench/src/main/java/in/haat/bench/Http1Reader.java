package in.haat.bench;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Reads one HTTP/1.1 message (a request or an answer) from a kept-alive connection: its start line, the headers the
 * benchmarks need, and its body, sized or chunked. Shared by the load client ({@link KeepAliveHttp}) and the
 * callback endpoint ({@link BuyerSink}).
 */
final class Http1Reader {

    /** A message: its start line, its body, and whether the sender closes the connection after it. */
    record Message(String startLine, byte[] body, boolean closes) {
    }

    private Http1Reader() {
    }

    /** The next message on {@code in}; {@code null} when the peer closed the connection between messages. */
    static Message read(InputStream in, boolean bodyUntilClose) throws IOException {
        String start = line(in, true);
        if (start == null) {
            return null;
        }
        long length = -1;
        boolean chunked = false;
        boolean closes = false;
        for (String header = line(in, false); !header.isEmpty(); header = line(in, false)) {
            int colon = header.indexOf(':');
            if (colon <= 0) {
                throw new IOException("not a header: " + header);
            }
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> closes = value.equalsIgnoreCase("close");
                default -> {
                    // not needed
                }
            }
        }
        byte[] body;
        if (chunked) {
            body = chunks(in);
        } else if (length >= 0) {
            body = in.readNBytes((int) length);
        } else {
            // An answer with neither ends with the connection; a request with neither has no body.
            body = bodyUntilClose ? in.readAllBytes() : new byte[0];
            closes |= bodyUntilClose;
        }
        return new Message(start, body, closes);
    }

    private static byte[] chunks(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int size = chunkSize(in); size > 0; size = chunkSize(in)) {
            body.writeBytes(in.readNBytes(size));
            line(in, false);
        }
        for (String trailer = line(in, false); !trailer.isEmpty(); trailer = line(in, false)) {
            // trailers: none expected, read past
        }
        return body.toByteArray();
    }

    private static int chunkSize(InputStream in) throws IOException {
        String size = line(in, false);
        int extension = size.indexOf(';');
        return Integer.parseInt((extension >= 0 ? size.substring(0, extension) : size).trim(), 16);
    }

    /** A line without its CR LF; at the end of the stream {@code null} if {@code endAllowed} and nothing was read. */
    private static String line(InputStream in, boolean endAllowed) throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c == -1) {
                if (endAllowed && line.isEmpty()) {
                    return null;
                }
                throw new EOFException("the connection closed in the middle of a message");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }
}

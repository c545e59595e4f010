package in.haat.testinfra;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Clients no well-behaved library would be: a chunked upload that keeps sending until the server answers, and a
 * connection that sends part of its headers and then nothing. Raw sockets, so that nothing in between buffers,
 * retries or times out on our behalf.
 */
public final class HostileClients {

    private HostileClients() {
    }

    /** What the server answered a chunked upload, and how many body bytes had been sent by then. */
    public record Answer(int status, String headers, String body, long bytesSent) {
    }

    /**
     * POSTs a chunked body of up to {@code maxBytes} (spaces inside a JSON string) to {@code url}, writing 64 KiB
     * chunks while the server has not answered yet; returns its answer and how much was sent.
     */
    public static Answer chunkedUpload(String url, Map<String, String> headers, long maxBytes) throws IOException {
        URI uri = URI.create(url);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(120_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            StringBuilder head = new StringBuilder("POST " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort() + "\r\nTransfer-Encoding: chunked\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) ' ');
            byte[] chunkHead = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            byte[] first = "{\"name\":\"".getBytes(StandardCharsets.US_ASCII);
            out.write((Integer.toHexString(first.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(first);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            long sent = first.length;
            try {
                while (sent < maxBytes && in.available() == 0) {
                    out.write(chunkHead);
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    sent += chunk.length;
                }
                if (in.available() == 0) {
                    out.write("1\r\n\"\r\n1\r\n}\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
            } catch (IOException closedByServer) {
                // The server stopped reading and closed: its answer is already on its way (or in our buffer).
            }
            String answer = readUntilClosed(in);
            int split = answer.indexOf("\r\n\r\n");
            String statusLine = answer.isEmpty() ? "" : answer.substring(0, answer.indexOf("\r\n"));
            int status = statusLine.isEmpty() ? -1 : Integer.parseInt(statusLine.split(" ")[1]);
            return new Answer(status, split < 0 ? answer : answer.substring(0, split), split < 0 ? "" : answer.substring(split + 4), sent);
        }
    }

    /** Everything the server sends until it closes; a reset after its answer ends the reading, not the answer. */
    private static String readUntilClosed(InputStream in) {
        java.io.ByteArrayOutputStream read = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0;) {
                read.write(buffer, 0, n);
            }
        } catch (IOException reset) {
            // what arrived before the reset is the answer
        }
        return read.toString(StandardCharsets.UTF_8);
    }

    /**
     * Opens a connection, sends the first line and one header of a request and then nothing more, and waits for the
     * server to close it; true when it did (before {@code patienceMillis}, a guard against waiting for ever).
     */
    public static boolean slowHeadersAreCut(String host, int port, int patienceMillis) throws IOException {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(patienceMillis);
            socket.getOutputStream().write(("GET /q/health/live HTTP/1.1\r\nHost: " + host + "\r\nX-Slow: ")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            try {
                while (socket.getInputStream().read() >= 0) {
                    // whatever the server says before closing (a 408, or nothing)
                }
                return true;
            } catch (java.net.SocketTimeoutException stillOpen) {
                return false;
            } catch (IOException reset) {
                return true;
            }
        }
    }

    /** Sends two GETs of {@code path} one after the other on one connection; the statuses of the answers read. */
    public static List<Integer> twoRequestsOnOneConnection(String host, int port, String path) throws IOException {
        List<Integer> statuses = new java.util.ArrayList<>();
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(30_000);
            java.io.BufferedInputStream in = new java.io.BufferedInputStream(socket.getInputStream());
            for (int i = 0; i < 2; i++) {
                socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: application/json\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                String head = readHead(in);
                if (head.isEmpty()) {
                    break;
                }
                statuses.add(Integer.parseInt(head.split(" ")[1]));
                java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)\r\ncontent-length: *(\\d+)").matcher(head);
                in.readNBytes(length.find() ? Integer.parseInt(length.group(1)) : 0);
            }
        }
        return statuses;
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        for (int c; !head.toString().endsWith("\r\n\r\n") && (c = in.read()) >= 0;) {
            head.append((char) c);
        }
        return head.toString();
    }
}

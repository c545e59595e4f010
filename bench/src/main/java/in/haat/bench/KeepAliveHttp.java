package in.haat.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * A load thread's HTTP/1.1 client: one kept-alive connection, blocking writes and reads. The load client shares the
 * suite's two cores, so what it costs is taken from what it measures: the JDK's {@code HttpClient} passes every
 * exchange between its selector thread and the caller, ~400 us of CPU a request here against ~50 us for this
 * (64 threads against inventory-service's 401 edge, 2026-12-07: 3,300 against 11,700 answers/s). Not a general
 * client: no TLS, no redirects, no 1xx answers; a request's {@code timeout} bounds each read.
 */
final class KeepAliveHttp implements AutoCloseable {

    /** An answer: its status and body (UTF-8). */
    record Answer(int status, String body) {
    }

    private Socket socket;
    private String connectedTo;
    private OutputStream out;
    private InputStream in;

    /** Sends {@code request} on this client's connection (opened, or opened again after the server closed it). */
    Answer send(HttpRequest request) throws IOException {
        URI uri = request.uri();
        int port = uri.getPort() == -1 ? 80 : uri.getPort();
        String authority = uri.getHost() + ":" + port;
        if (socket == null || !authority.equals(connectedTo)) {
            connect(uri.getHost(), port, authority, request);
        }
        socket.setSoTimeout((int) request.timeout().orElseThrow().toMillis());
        out.write(head(request, authority, body(request)));
        out.flush();
        return read();
    }

    private void connect(String host, int port, String authority, HttpRequest request) throws IOException {
        close();
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(host, port), (int) request.timeout().orElseThrow().toMillis());
        out = new BufferedOutputStream(socket.getOutputStream(), 8192);
        in = new BufferedInputStream(socket.getInputStream(), 16384);
        connectedTo = authority;
    }

    private static byte[] head(HttpRequest request, String authority, byte[] body) {
        StringBuilder head = new StringBuilder(256).append(request.method()).append(' ').append(request.uri().getRawPath());
        if (request.uri().getRawQuery() != null) {
            head.append('?').append(request.uri().getRawQuery());
        }
        head.append(" HTTP/1.1\r\nHost: ").append(authority).append("\r\n");
        for (Map.Entry<String, List<String>> header : request.headers().map().entrySet()) {
            for (String value : header.getValue()) {
                head.append(header.getKey()).append(": ").append(value).append("\r\n");
            }
        }
        head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[start.length + body.length];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(body, 0, all, start.length, body.length);
        return all;
    }

    /** The request's body: the JDK's publishers of strings and byte arrays hand it over synchronously. */
    private static byte[] body(HttpRequest request) {
        if (request.bodyPublisher().isEmpty()) {
            return new byte[0];
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CompletableFuture<byte[]> done = new CompletableFuture<>();
        request.bodyPublisher().get().subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer item) {
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                bytes.writeBytes(chunk);
            }

            @Override
            public void onError(Throwable failure) {
                done.completeExceptionally(failure);
            }

            @Override
            public void onComplete() {
                done.complete(bytes.toByteArray());
            }
        });
        return done.join();
    }

    private Answer read() throws IOException {
        Http1Reader.Message answer = Http1Reader.read(in, true);
        if (answer == null) {
            throw new EOFException("the server closed the connection");
        }
        String status = answer.startLine();
        if (status.length() < 12 || !status.startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP/1.x answer: " + status);
        }
        if (answer.closes()) {
            close();
        }
        return new Answer(Integer.parseInt(status.substring(9, 12)), new String(answer.body(), StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a connection we are done with
            }
            socket = null;
            connectedTo = null;
        }
    }
}

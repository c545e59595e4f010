package in.haat.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * A local endpoint for the benchmarks' callbacks: a blocking HTTP/1.1 server on {@code localhost}, one daemon
 * thread per kept-alive connection, every request answered 200 with the same JSON body and then handed, with its
 * body, to a consumer. The JDK's {@code HttpServer} passed each request from its dispatcher thread to a pool thread
 * and cost ~0.35 ms of CPU a callback on the suite's cores (async-profiler on the benchmark, 2026-12-07).
 */
final class Http1Endpoint implements AutoCloseable {

    private final ServerSocket server;
    private final byte[] answer;
    private final Consumer<byte[]> requests;
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();

    Http1Endpoint(byte[] answerBody, Consumer<byte[]> requests) throws IOException {
        // Bound as the callbacks' URL names it ("localhost"), whichever address that resolves to here.
        this.server = new ServerSocket();
        server.bind(new InetSocketAddress("localhost", 0), 256);
        this.answer = answer(answerBody);
        this.requests = requests;
        Thread acceptor = new Thread(this::accept, "callback-endpoint");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    private static byte[] answer(byte[] body) {
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                socket.setTcpNoDelay(true);
                connections.add(socket);
                Thread connection = new Thread(() -> serve(socket), "callback-connection");
                connection.setDaemon(true);
                connection.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream in = new BufferedInputStream(socket.getInputStream(), 16384);
            OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 1024);
            for (Http1Reader.Message request = Http1Reader.read(in, false); request != null; request = Http1Reader.read(in, false)) {
                out.write(answer);
                out.flush();
                requests.accept(request.body());
                if (request.closes()) {
                    return;
                }
            }
        } catch (IOException | RuntimeException gone) {
            // the gateway closed the connection or sent what this endpoint cannot read: its retry comes on another
        } finally {
            connections.remove(socket);
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // closing
        }
        for (Socket socket : connections) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing
            }
        }
    }
}

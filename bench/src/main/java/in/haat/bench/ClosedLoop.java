package in.haat.bench;

import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop load (each client sends its next request when the last is answered) and the bounds a result is printed
 * next to, measured in the same run: the bare HTTP round trip and PostgreSQL's own single-row update rate.
 */
final class ClosedLoop {

    private ClosedLoop() {
    }

    /** A run's result: answers with the expected status per second, their latencies, the other answers. */
    record Result(double perSecond, long[] nanos, long failed) {
        String line() {
            return String.format("%7.0f/s, %s%s", perSecond, Stats.percentiles(nanos), failed > 0 ? ", " + failed + " failed" : "");
        }
    }

    interface Requests {
        HttpRequest next(int i) throws Exception;
    }

    interface Work {
        void run(int client) throws Exception;
    }

    /**
     * {@code concurrency} HTTP clients for {@code run}, each with a connection of its own, kept alive ({@link KeepAliveHttp}:
     * HTTP/1.1, so that each client is one connection as a buyer app's or seller's would be); an answer other than
     * {@code expected} counts as failed.
     */
    static Result http(int concurrency, Duration run, int expected, Requests requests) throws Exception {
        AtomicLong failed = new AtomicLong();
        KeepAliveHttp[] connections = new KeepAliveHttp[concurrency];
        try {
            return loop(concurrency, run, failed, client -> {
                HttpRequest request = requests.next(client);
                if (request.timeout().isEmpty()) {
                    throw new IllegalArgumentException("a load request without a timeout would wait forever for a suite that went away");
                }
                if (connections[client] == null) {
                    connections[client] = new KeepAliveHttp();
                }
                if (connections[client].send(request).status() != expected) {
                    failed.incrementAndGet();
                    throw new Failed();
                }
            });
        } finally {
            for (KeepAliveHttp connection : connections) {
                if (connection != null) {
                    connection.close();
                }
            }
        }
    }

    /**
     * PostgreSQL's bound on this machine, now: {@code concurrency} connections, each sending one single-row UPDATE per
     * transaction (one commit, one WAL flush, which PostgreSQL shares between commits that arrive together) on a scratch
     * table of {@code rows} rows in {@code url}'s database; {@code rows} 1 puts every client on one row.
     */
    static Result postgres(String url, String user, String password, int concurrency, Duration run, int rows) throws Exception {
        String table = "bench_bound_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        try (Connection admin = DriverManager.getConnection(url, user, password); Statement ddl = admin.createStatement()) {
            ddl.execute("create table " + table + " (id int primary key, q int not null, version bigint not null default 0)");
            ddl.execute("insert into " + table + " (id, q) select g, 0 from generate_series(0, " + (rows - 1) + ") g");
            List<Connection> connections = new ArrayList<>();
            try {
                for (int c = 0; c < concurrency; c++) {
                    connections.add(DriverManager.getConnection(url, user, password));
                }
                List<PreparedStatement> updates = new ArrayList<>();
                for (Connection connection : connections) {
                    updates.add(connection.prepareStatement("update " + table + " set q = ?, version = version + 1 where id = ?"));
                }
                return loop(concurrency, run, new AtomicLong(), client -> {
                    PreparedStatement update = updates.get(client);
                    update.setInt(1, ThreadLocalRandom.current().nextInt(1000, 5000));
                    update.setInt(2, ThreadLocalRandom.current().nextInt(rows));
                    update.executeUpdate();
                });
            } finally {
                for (Connection connection : connections) {
                    close(connection);
                }
                ddl.execute("drop table " + table);
            }
        }
    }

    private static void close(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // a scratch connection
        }
    }

    /** Marks an answer that does not count (already counted as failed). */
    private static final class Failed extends Exception {
        Failed() {
            super(null, null, false, false);
        }
    }

    private static Result loop(int concurrency, Duration run, AtomicLong failed, Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long end = System.nanoTime() + run.toNanos();
        List<Future<List<Long>>> clients = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < concurrency; c++) {
            int client = c;
            clients.add(pool.submit(() -> {
                List<Long> nanos = new ArrayList<>();
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    try {
                        work.run(client);
                        nanos.add(System.nanoTime() - t0);
                    } catch (Failed notCounted) {
                        // counted in failed
                    }
                }
                return nanos;
            }));
        }
        List<Long> all = new ArrayList<>();
        try {
            for (Future<List<Long>> client : clients) {
                all.addAll(client.get());
            }
        } finally {
            // A client that failed (a timed-out answer) ends the run: the others stop too, or their threads keep the
            // JVM, and the load, alive after the benchmark has failed.
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(all.size() / seconds, all.stream().mapToLong(Long::longValue).toArray(), failed.get());
    }
}

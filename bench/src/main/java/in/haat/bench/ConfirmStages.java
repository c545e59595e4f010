package in.haat.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a confirm's time goes, hop by hop, read from the timestamps the services already keep: the gateway's message
 * log, each service's outbox (row written, row sent) and the callback queue. A relay's time is its row's commit to
 * the broker's ack; a consumer's is the broker's ack to its own row (fetch, batch, transaction).
 */
final class ConfirmStages {

    private static final String GATEWAY = """
            select m.transaction_id, extract(epoch from m.received_at), extract(epoch from e.created_at), extract(epoch from e.sent_at),
                   extract(epoch from c.created_at), extract(epoch from c.delivered_at)
            from ondc_message m
            join outbox_event e on e.event_type = 'ondc.confirm' and e.event_key = m.transaction_id and e.event_key = any(?)
            join ondc_callback c on c.action = 'on_confirm' and c.transaction_id = m.transaction_id
            where m.action = 'confirm' and m.direction = 'in' and m.transaction_id = any(?)""";
    /** order-service and inventory-service name a hold {@code txn.<transaction id>.<n>}. */
    private static final String STOCK = """
            select split_part(cast(envelope as jsonb)->'payload'->>'reference', '.', 2), extract(epoch from created_at), extract(epoch from sent_at)
            from outbox_event where event_type = ? and split_part(cast(envelope as jsonb)->'payload'->>'reference', '.', 2) = any(?)""";
    private static final String RESULT = """
            select event_key, extract(epoch from created_at), extract(epoch from sent_at) from outbox_event
            where event_type = 'ondc.result' and cast(envelope as jsonb)->'payload'->>'action' = 'on_confirm' and event_key = any(?)""";

    private ConfirmStages() {
    }

    private static final List<String> VIA_COMMIT = List.of("gateway: ACK'd request -> its event written", "gateway relay",
            "order-service: confirm -> commit asked", "order-service relay", "inventory-service: commit", "inventory-service relay",
            "order-service: committed -> on_confirm", "order-service relay (result)", "gateway: result -> callback queued",
            "gateway: callback queued -> buyer ACKed");
    private static final List<String> ON_HOLD = List.of("gateway: ACK'd request -> its event written", "gateway relay",
            "order-service: confirm -> on_confirm", "order-service relay (result)", "gateway: result -> callback queued",
            "gateway: callback queued -> buyer ACKed");

    /**
     * Prints each hop's p50/p90/p99 over {@code transactions}' confirms, apart for those answered on a hold held for them
     * (/on_confirm written with the commit request) and those answered once inventory-service committed; a database it
     * cannot read is said, not fatal.
     */
    static void print(List<String> transactions) {
        try {
            Map<String, double[]> gateway = read("haat_gateway", GATEWAY, null, transactions, 5);
            Map<String, double[]> commitAsked = read("haat_order", STOCK, "order.stock-commit-requested", transactions, 2);
            Map<String, double[]> committed = read("haat_inventory", STOCK, "stock.committed", transactions, 2);
            Map<String, double[]> result = read("haat_order", RESULT, null, transactions, 2);
            Map<String, List<Double>> viaCommit = hops(VIA_COMMIT);
            Map<String, List<Double>> onHold = hops(ON_HOLD);
            for (String tx : transactions) {
                double[] g = gateway.get(tx);
                double[] c = commitAsked.get(tx);
                double[] k = committed.get(tx);
                double[] r = result.get(tx);
                if (g == null || c == null || r == null) {
                    continue;
                }
                if (k == null || r[0] < k[0]) {
                    add(onHold, new double[] {g[0], g[1], g[2], r[0], r[1], g[3], g[4]});
                } else {
                    add(viaCommit, new double[] {g[0], g[1], g[2], c[0], c[1], k[0], k[1], r[0], r[1], g[3], g[4]});
                }
            }
            int counted = onHold.get(ON_HOLD.get(0)).size() + viaCommit.get(VIA_COMMIT.get(0)).size();
            System.out.printf("    where the time went (%d of %d confirms, from the services' own timestamps):%n", counted, transactions.size());
            for (Map<String, List<Double>> group : List.of(onHold, viaCommit)) {
                int n = group.values().iterator().next().size();
                if (n > 0) {
                    System.out.printf("     %d %s%n", n, group == onHold ? "answered on their /init hold" : "answered once inventory-service committed");
                    group.forEach((name, ms) -> System.out.printf("      %-44s %s%n", name, percentiles(ms)));
                }
            }
        } catch (SQLException e) {
            System.out.println("    (hop times not read: " + e.getMessage() + ")");
        }
    }

    private static Map<String, List<Double>> hops(List<String> names) {
        Map<String, List<Double>> hops = new LinkedHashMap<>();
        names.forEach(name -> hops.put(name, new ArrayList<>()));
        return hops;
    }

    /** Each hop's time in ms: from one timestamp to the next. */
    private static void add(Map<String, List<Double>> hops, double[] times) {
        int i = 0;
        for (List<Double> hop : hops.values()) {
            hop.add((times[i + 1] - times[i]) * 1000);
            i++;
        }
    }

    private static Map<String, double[]> read(String database, String sql, String eventType, List<String> transactions, int times)
            throws SQLException {
        Map<String, double[]> rows = new HashMap<>();
        try (Connection db = Suite.database(database); PreparedStatement query = db.prepareStatement(sql)) {
            Array ids = db.createArrayOf("text", transactions.toArray());
            int parameter = 1;
            if (eventType != null) {
                query.setString(parameter++, eventType);
            }
            // The gateway's query names the transactions twice: without them on outbox_event too, PostgreSQL guessed one
            // message and scanned the whole outbox once per confirm (22 s of a core after a 600-confirm step).
            for (long last = sql.chars().filter(c -> c == '?').count(); parameter <= last; parameter++) {
                query.setArray(parameter, ids);
            }
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    double[] at = new double[times];
                    for (int i = 0; i < times; i++) {
                        at[i] = row.getDouble(i + 2);
                    }
                    rows.put(row.getString(1), at);
                }
            }
        }
        return rows;
    }

    private static String percentiles(List<Double> ms) {
        long[] nanos = ms.stream().mapToLong(m -> Math.round(m * 1e6)).toArray();
        return Stats.percentiles(nanos);
    }
}

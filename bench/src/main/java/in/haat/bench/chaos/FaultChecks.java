package in.haat.bench.chaos;

import in.haat.buyer.Callback;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What must hold after a fault run, checked in the services' own databases and in haat.dlq: every ACKed /confirm has
 * exactly one order (with the order id it asked for) and exactly one /on_confirm, every ACKed request its callback,
 * no callback arrived twice, stock committed grew by exactly the units ordered, no hold of an order is left held,
 * nothing was dead-lettered or set aside.
 */
public final class FaultChecks {

    /** Connections to the services' databases, by the service's short name: order, inventory, gateway. */
    public interface Databases {
        Connection connect(String service) throws SQLException;
    }

    private final Databases databases;
    private final java.sql.Timestamp started = java.sql.Timestamp.from(java.time.Instant.now());

    /** Made when the run starts: rows set aside before it are not the run's. */
    public FaultChecks(Databases databases) {
        this.databases = databases;
    }

    /** The committed units of each item now (storefront|item), to compare with after the run. */
    public Map<String, Long> committed(List<OrderStream.Item> items) throws SQLException {
        Map<String, Long> committed = new HashMap<>();
        try (Connection c = databases.connect("inventory");
                PreparedStatement q = c.prepareStatement("select committed from stock_level where storefront_id = ?::uuid and catalogue_item_id = ?::uuid")) {
            for (OrderStream.Item item : items) {
                q.setString(1, item.storefrontId());
                q.setString(2, item.itemId());
                try (ResultSet rows = q.executeQuery()) {
                    committed.put(item.storefrontId() + "|" + item.itemId(), rows.next() ? rows.getLong(1) : 0L);
                }
            }
        }
        return committed;
    }

    /** Counts and failures of one run; {@code passed()} when nothing was lost or duplicated. */
    public record Verdict(List<String> counts, List<String> failures) {
        public boolean passed() {
            return failures.isEmpty();
        }
    }

    /**
     * Checks a run; {@code gatewayKills} are the moments (System.nanoTime) the gateway was killed, to tell a callback
     * the buyer received just before a kill and got again after the restart (below) from any other duplicate.
     */
    public Verdict check(Ledger ledger, List<OrderStream.Item> items, Map<String, Long> committedBefore, List<String> deadLetters,
            List<Long> gatewayKills) throws SQLException {
        List<String> counts = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Set<String> transactions = new HashSet<>();
        ledger.requests().forEach(r -> transactions.add(r.transactionId()));
        Map<String, String> orders = new HashMap<>();         // transaction -> order id
        Map<String, Long> ordered = new HashMap<>();          // storefront|item -> units in orders
        Map<String, String> holds = new HashMap<>();          // hold reference -> transaction with an order
        try (Connection c = databases.connect("order");
                PreparedStatement q = c.prepareStatement("select o.transaction_id, o.id, o.storefront_id, l.catalogue_item_id, l.quantity, d.hold_reference"
                        + " from seller_order o join order_line l on l.order_id = o.id left join order_draft d on d.transaction_id = o.transaction_id"
                        + " where o.transaction_id = any(?)")) {
            q.setArray(1, c.createArrayOf("text", transactions.toArray()));
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    orders.put(rows.getString(1), rows.getString(2));
                    ordered.merge(rows.getString(3) + "|" + rows.getString(4), rows.getLong(5), Long::sum);
                    if (rows.getString(6) != null) {
                        holds.put(rows.getString(6), rows.getString(1));
                    }
                }
            }
        }
        // A gateway killed between the buyer app's 200 and recording the delivery cannot know the callback arrived, so it
        // sends it again after its restart: at-least-once across that one crash, which no sender can close (the buyer
        // app must dedupe by message_id, as ONDC expects). Counted apart; every other duplicate fails the run.
        Set<String> acrossKill = new HashSet<>();
        for (Map.Entry<String, List<Long>> twice : ledger.duplicates().entrySet()) {
            List<Long> times = twice.getValue();
            if (times.size() == 2 && gatewayKills.stream().anyMatch(kill -> times.get(0) <= kill && times.get(1) > kill)) {
                acrossKill.add(twice.getKey());
                counts.add("callback " + twice.getKey() + " arrived just before the gateway was killed and again after its restart");
            } else {
                failures.add("callback " + twice.getKey() + " delivered " + times.size() + " times");
            }
        }
        List<Ledger.Request> confirms = ledger.acked("confirm");
        int lostOrders = 0;
        int onConfirms = 0;
        for (Ledger.Request confirm : confirms) {
            String order = orders.get(confirm.transactionId());
            if (order == null || !order.equals(confirm.orderId())) {
                lostOrders++;
                failures.add("ACKed /confirm " + confirm.messageId() + " (txn " + confirm.transactionId() + ") has order " + order
                        + ", expected " + confirm.orderId());
            }
            int answers = acrossKill.contains("on_confirm|" + confirm.messageId()) ? 1 : ledger.answers(confirm).size();
            onConfirms += answers;
            Callback first = ledger.answer(confirm);
            if (answers != 1) {
                failures.add("ACKed /confirm " + confirm.messageId() + " got " + answers + " /on_confirm");
            } else if (first.hasError()) {
                failures.add("ACKed /confirm " + confirm.messageId() + " answered with error " + first.error());
            }
        }
        long sentConfirms = ledger.requests().stream().filter(r -> r.action().equals("confirm")).count();
        counts.add(String.format("transactions %d, requests %d; /confirm sent %d, ACKed %d; orders %d (%d of them for an ACKed /confirm); "
                + "/on_confirm for ACKed confirms %d (a redelivery across a gateway kill counted once)", transactions.size(),
                ledger.requests().size(), sentConfirms, confirms.size(), orders.size(),
                confirms.size() - lostOrders, onConfirms));
        List<Ledger.Request> unanswered = ledger.unanswered();
        unanswered.forEach(r -> failures.add("ACKed /" + r.action() + " " + r.messageId() + " (txn " + r.transactionId() + ") never answered"));
        counts.add(String.format("ACKed requests without a callback %d, callbacks delivered twice %d (%d of them in flight when the gateway "
                + "was killed)", unanswered.size(), ledger.duplicates().size(), acrossKill.size()));
        checkStock(items, committedBefore, ordered, counts, failures);
        checkHolds(holds, counts, failures);
        checkSetAside(transactions, deadLetters, counts, failures);
        return new Verdict(counts, failures);
    }

    private void checkStock(List<OrderStream.Item> items, Map<String, Long> before, Map<String, Long> ordered, List<String> counts,
            List<String> failures) throws SQLException {
        Map<String, Long> after = committed(items);
        long units = 0;
        long grew = 0;
        for (Map.Entry<String, Long> item : after.entrySet()) {
            long delta = item.getValue() - before.getOrDefault(item.getKey(), 0L);
            long inOrders = ordered.getOrDefault(item.getKey(), 0L);
            units += inOrders;
            grew += delta;
            if (delta != inOrders) {
                failures.add("item " + item.getKey() + ": committed grew by " + delta + ", orders hold " + inOrders + " units");
            }
        }
        counts.add(String.format("units ordered %d, stock committed grew by %d", units, grew));
    }

    private void checkHolds(Map<String, String> holdsOfOrders, List<String> counts, List<String> failures) throws SQLException {
        int dangling = 0;
        try (Connection c = databases.connect("inventory");
                PreparedStatement q = c.prepareStatement("select reference, status from stock_hold where reference = any(?)")) {
            q.setArray(1, c.createArrayOf("text", holdsOfOrders.keySet().toArray()));
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    if (!"committed".equals(rows.getString(2))) {
                        dangling++;
                        failures.add("hold " + rows.getString(1) + " of an order (txn " + holdsOfOrders.get(rows.getString(1)) + ") is " + rows.getString(2));
                    }
                }
            }
        }
        counts.add(String.format("holds of orders %d, not committed %d", holdsOfOrders.size(), dangling));
    }

    private void checkSetAside(Set<String> transactions, List<String> deadLetters, List<String> counts, List<String> failures)
            throws SQLException {
        deadLetters.forEach(letter -> failures.add("dead-lettered during the run: " + letter));
        long gaveUp;
        try (Connection c = databases.connect("gateway");
                PreparedStatement q = c.prepareStatement("select count(*) from ondc_callback where transaction_id = any(?) and gave_up_at is not null")) {
            q.setArray(1, c.createArrayOf("text", transactions.toArray()));
            try (ResultSet rows = q.executeQuery()) {
                rows.next();
                gaveUp = rows.getLong(1);
            }
        }
        if (gaveUp > 0) {
            failures.add(gaveUp + " callbacks of the run's transactions were given up (ondc_callback.gave_up_at)");
        }
        long deadRows = 0;
        for (String service : List.of("order", "inventory", "gateway")) {
            try (Connection c = databases.connect(service);
                    PreparedStatement q = c.prepareStatement("select count(*) from outbox_event where dead_at >= ?")) {
                q.setTimestamp(1, started);
                try (ResultSet rows = q.executeQuery()) {
                    rows.next();
                    deadRows += rows.getLong(1);
                }
            }
        }
        if (deadRows > 0) {
            failures.add(deadRows + " outbox rows are set aside (outbox_event.dead_at) in order, inventory or the gateway");
        }
        counts.add(String.format("dead letters in haat.dlq %d, callbacks given up %d, outbox rows set aside %d", deadLetters.size(), gaveUp, deadRows));
    }
}

package in.haat.bench.chaos;

import in.haat.buyer.Callback;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** What a buyer app sent and received during a fault run: every request with its answer, every callback with when it came. */
public final class Ledger {

    /** How the gateway answered a request: ACK, NACK, or nothing (refused connection, or killed mid-request). */
    public enum Answer { ACK, NACK, NONE }

    /** One signed request; for a /confirm also the order id it asked for, and the item and units it bought. */
    public record Request(String transactionId, String action, String messageId, long sentNanos, long answeredNanos, Answer answer,
            String detail, String orderId, String storefrontId, String itemId, int quantity) {
    }

    private final Map<String, Request> requests = new ConcurrentHashMap<>();
    // "on_confirm|<message id>" -> each time it arrived: more than one is a callback delivered twice.
    private final Map<String, List<Long>> callbacks = new ConcurrentHashMap<>();
    private final Map<String, Callback> firstCallbacks = new ConcurrentHashMap<>();

    void request(Request request) {
        requests.put(request.messageId(), request);
    }

    /** Records a callback as it arrives (called on the buyer app's server threads). */
    public void callback(Callback callback) {
        String key = callback.action() + "|" + callback.messageId();
        callbacks.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>()).add(callback.receivedNanos());
        firstCallbacks.putIfAbsent(key, callback);
    }

    public List<Request> requests() {
        return List.copyOf(requests.values());
    }

    public List<Request> acked(String action) {
        return requests.values().stream().filter(r -> r.action().equals(action) && r.answer() == Answer.ACK).toList();
    }

    /** The callbacks answering {@code request}, each time one arrived. */
    public List<Long> answers(Request request) {
        return callbacks.getOrDefault("on_" + request.action() + "|" + request.messageId(), List.of());
    }

    /** The first callback answering {@code request}, if any. */
    public Callback answer(Request request) {
        return firstCallbacks.get("on_" + request.action() + "|" + request.messageId());
    }

    /** Callbacks (action and message id) that arrived more than once, with each time they arrived. */
    public Map<String, List<Long>> duplicates() {
        Map<String, List<Long>> twice = new ConcurrentHashMap<>();
        callbacks.forEach((key, times) -> {
            if (times.size() > 1) {
                twice.put(key, List.copyOf(times));
            }
        });
        return twice;
    }

    /** ACKed requests still without their callback. */
    public List<Request> unanswered() {
        return requests.values().stream().filter(r -> r.answer() == Answer.ACK && answers(r).isEmpty()).toList();
    }

    /** ACKed requests that were waiting for their callback at {@code nanos} (ACKed before it, answered after or never). */
    public List<Request> waitingAt(long nanos) {
        List<Request> waiting = new ArrayList<>();
        for (Request r : requests.values()) {
            if (r.answer() == Answer.ACK && r.answeredNanos() <= nanos && answers(r).stream().noneMatch(t -> t <= nanos)) {
                waiting.add(r);
            }
        }
        return waiting;
    }

    /** Requests sent between two moments, by how they were answered. */
    public Map<Answer, Long> answeredBetween(long fromNanos, long toNanos) {
        Map<Answer, Long> counts = new ConcurrentHashMap<>();
        for (Request r : requests.values()) {
            if (r.sentNanos() >= fromNanos && r.sentNanos() <= toNanos) {
                counts.merge(r.answer(), 1L, Long::sum);
            }
        }
        return counts;
    }

    /**
     * Measures how callbacks came back after a fault: of the requests waiting at {@code readyNanos} (the moment the
     * restarted process was ready), when the first and the last were answered. While some are still unanswered the
     * last is unknown (-1).
     */
    public Recovery recovery(String target, long killedNanos, long readyNanos) {
        List<Request> waiting = waitingAt(readyNanos);
        long first = Long.MAX_VALUE;
        long last = 0;
        int answered = 0;
        for (Request r : waiting) {
            long at = answers(r).stream().filter(t -> t > readyNanos).mapToLong(Long::longValue).min().orElse(-1);
            if (at >= 0) {
                answered++;
                first = Math.min(first, at);
                last = Math.max(last, at);
            }
        }
        Map<Answer, Long> during = answeredBetween(killedNanos, readyNanos);
        return new Recovery(target, (readyNanos - killedNanos) / 1_000_000, waiting.size(), answered,
                answered == 0 ? -1 : (first - readyNanos) / 1_000_000,
                answered < waiting.size() || answered == 0 ? -1 : (last - readyNanos) / 1_000_000,
                during.getOrDefault(Answer.ACK, 0L), during.getOrDefault(Answer.NACK, 0L) + during.getOrDefault(Answer.NONE, 0L));
    }

    /**
     * One fault's recovery: how long the target was away (kill to ready), how many requests waited when it was ready,
     * milliseconds from ready to the first and the last of their callbacks (-1: none yet / not all yet), and how the
     * gateway answered requests sent while the target was away.
     */
    public record Recovery(String target, long downMillis, int waiting, int answered, long firstMillis, long allMillis,
            long ackedWhileDown, long refusedWhileDown) {

        public boolean complete() {
            return answered == waiting && (waiting == 0 || allMillis >= 0);
        }

        @Override
        public String toString() {
            String flow = waiting == 0 ? "nothing was waiting"
                    : String.format("%d waiting, callbacks again after %s, all %d after %s", waiting, ms(firstMillis), answered, ms(allMillis));
            return String.format("%-22s down %6.1f s; %s; while down: %d ACKed, %d refused or unanswered%s", target, downMillis / 1000.0,
                    flow, ackedWhileDown, refusedWhileDown, firstMillis > 10_000 ? "  (over the 10 s target)" : "");
        }

        private static String ms(long millis) {
            return millis < 0 ? "-" : String.format("%.1f s", millis / 1000.0);
        }
    }
}

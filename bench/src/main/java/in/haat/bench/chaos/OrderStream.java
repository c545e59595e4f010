package in.haat.bench.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import in.haat.buyer.BuyerApp;
import in.haat.buyer.Callback;
import in.haat.buyer.OrderMessages;
import in.haat.buyer.Sent;
import in.haat.buyer.Transaction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Orders at a steady rate from a signed buyer app: every tick starts a transaction (select, init, confirm, each step
 * after the previous one's callback), whatever is failing meanwhile. Open-loop, so a fault does not slow the arrivals
 * down; a step that is refused or never answered ends its transaction, as a buyer app would give up.
 */
public final class OrderStream {

    /** An item to buy, at a storefront. */
    public record Item(String storefrontId, String itemId) {
    }

    private final BuyerApp buyer;
    private final List<Item> items;
    private final double perSecond;
    private final Duration patience;
    private final Ledger ledger = new Ledger();
    private final Map<String, CompletableFuture<Callback>> waiting = new ConcurrentHashMap<>();
    private final List<CompletableFuture<?>> flows = new CopyOnWriteArrayList<>();
    private final AtomicInteger started = new AtomicInteger();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "order-stream");
        thread.setDaemon(true);
        return thread;
    });

    /** Buys {@code items} round-robin, 1 or 2 units each, {@code perSecond} transactions a second; waits up to {@code patience} for a callback. */
    public OrderStream(BuyerApp buyer, List<Item> items, double perSecond, Duration patience) {
        this.buyer = buyer;
        this.items = List.copyOf(items);
        this.perSecond = perSecond;
        this.patience = patience;
        // Whichever comes first, the callback or the ACK, makes the future the other one finds.
        buyer.callbacks().onCallback(callback -> {
            ledger.callback(callback);
            waiting.computeIfAbsent(callback.messageId(), id -> new CompletableFuture<>()).complete(callback);
        });
    }

    public Ledger ledger() {
        return ledger;
    }

    public int transactions() {
        return started.get();
    }

    public void start() {
        ticker.scheduleAtFixedRate(this::begin, 0, (long) (1e9 / perSecond), TimeUnit.NANOSECONDS);
    }

    /** Starts no more transactions and waits until every one begun has ended (answered, refused or past its patience). */
    public void stop() {
        ticker.shutdownNow();
        try {
            ticker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (CompletableFuture<?> flow : flows) {
            flow.handle((ok, e) -> null).join();
        }
    }

    private void begin() {
        try {
            beginOne();
        } catch (RuntimeException e) {
            // A failing tick must not end the schedule (scheduleAtFixedRate stops at the first exception).
            System.err.println("order stream: " + e);
        }
    }

    private void beginOne() {
        int n = started.getAndIncrement();
        Item item = items.get(n % items.size());
        int quantity = 1 + n % 2;
        Transaction transaction = buyer.transaction();
        String orderId = "O-" + UUID.randomUUID();
        flows.add(step(transaction, "select", OrderMessages.select(item.storefrontId(), "L-" + item.storefrontId(), item.itemId(), quantity),
                        null, item, quantity)
                .thenCompose(onSelect -> step(transaction, "init", OrderMessages.init(onSelect.order(), quantity, Instant.now()), null, item, quantity))
                .thenCompose(onInit -> step(transaction, "confirm", OrderMessages.confirm(orderId, onInit.order(), Instant.now()), orderId, item,
                        quantity)));
    }

    /** Sends one step, records how it was answered, and completes with its callback (failed on NACK, error or no callback). */
    private CompletableFuture<Callback> step(Transaction transaction, String action, JsonNode message, String orderId, Item item,
            int quantity) {
        long sent = System.nanoTime();
        CompletableFuture<Sent> sending;
        try {
            sending = buyer.sendAsync(transaction, action, message);
        } catch (RuntimeException e) {
            // Signing reads the gateway's registry entry first; while it is down that fails here, not in the future.
            sending = CompletableFuture.failedFuture(e);
        }
        return sending.handle((answer, failure) -> {
            record(transaction, action, sent, answer, failure, orderId, item, quantity);
            return answer;
        }).thenCompose(answer -> {
            if (answer == null || !answer.acked()) {
                return CompletableFuture.failedFuture(new IllegalStateException("/" + action + " not ACKed"));
            }
            return waiting.computeIfAbsent(answer.messageId(), id -> new CompletableFuture<>())
                    .orTimeout(patience.toMillis(), TimeUnit.MILLISECONDS)
                    .thenCompose(callback -> callback.hasError()
                            ? CompletableFuture.failedFuture(new IllegalStateException("/on_" + action + " " + callback.error()))
                            : CompletableFuture.completedFuture(callback));
        });
    }

    private void record(Transaction transaction, String action, long sentNanos, Sent answer, Throwable failure, String orderId, Item item,
            int quantity) {
        if (answer == null) {
            // Refused or cut off: the message id is the buyer app's own, unknown here, so a fresh one stands for it.
            ledger.request(new Ledger.Request(transaction.id(), action, "none-" + UUID.randomUUID(), sentNanos, System.nanoTime(),
                    Ledger.Answer.NONE, String.valueOf(failure), orderId, item.storefrontId(), item.itemId(), quantity));
            return;
        }
        ledger.request(new Ledger.Request(transaction.id(), action, answer.messageId(), sentNanos, answer.answeredNanos(),
                answer.acked() ? Ledger.Answer.ACK : Ledger.Answer.NACK, answer.status() + " " + answer.answer(), orderId,
                item.storefrontId(), item.itemId(), quantity));
    }

    /** The rate and transaction count, for reports. */
    @Override
    public String toString() {
        return String.format("%.1f transactions/s, %d started", perSecond, started.get());
    }
}

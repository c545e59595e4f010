package in.haat.gateway.callback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.events.EventTracing;
import in.haat.events.TraceContext;
import in.haat.events.WakeableLoop;
import in.haat.gateway.beckn.OwnKeys;
import in.haat.gateway.config.BecknConfig;
import in.haat.gateway.config.CallbackConfig;
import in.haat.gateway.repository.CallbackRepository;
import in.haat.gateway.repository.CallbackRepository.Claimed;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.SpanKind;
import in.haat.gateway.OndcMessage;
import in.haat.gateway.service.OndcMessageLog;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Delivers queued callbacks, each until the buyer app ACKs it and then never again, and a transaction's in the order
 * they were queued: a {@link WakeableLoop} (woken when a queueing transaction commits) claims due callbacks under a
 * lease ({@link CallbackRepository#claimDue}), and each claimed one is signed and POSTed on a Vert.x context of its own,
 * and settled with the others that finish together ({@link CallbackSettlements}: one statement per batch). A failure is
 * retried with a doubling delay until the callback's deadline; a URL that can never be sent to is set aside at once.
 * Each attempt is logged.
 */
@ApplicationScoped
public class CallbackDelivery {

    /** The channel a callback queued without AfterCommit notifies on commit (ondc_callback's insert trigger, V11). */
    static final String WAKE_CHANNEL = "haat_callbacks";
    private static final Logger LOG = Logger.getLogger(CallbackDelivery.class);

    private final Vertx vertx;
    private final WebClient http;
    private final OwnKeys ownKeys;
    private final BecknConfig beckn;
    private final CallbackConfig config;
    private final ObjectMapper json;
    private final CallbackRepository queue;
    private final EventTracing tracing;
    private final WakeableLoop loop;
    private final Counter setAside;
    private final OndcMessageLog log;
    private final CallbackSettlements settlements;
    /** Attempts started and not yet settled; a pass claims only what fits under {@code batch-size}. */
    private final AtomicInteger inFlight = new AtomicInteger();
    /** Set when a pass had no room for what may be due: the next attempt to settle wakes the loop. */
    private final AtomicBoolean backlog = new AtomicBoolean();

    public CallbackDelivery(Vertx vertx, WebClient http, OwnKeys ownKeys, BecknConfig beckn, CallbackConfig config,
            ObjectMapper json, CallbackRepository queue, EventTracing tracing, MeterRegistry registry, OndcMessageLog log,
            CallbackSettlements settlements) {
        this.log = log;
        this.settlements = settlements;
        this.vertx = vertx;
        this.http = http;
        this.ownKeys = ownKeys;
        this.beckn = beckn;
        this.config = config;
        this.json = json;
        this.queue = queue;
        this.tracing = tracing;
        this.loop = new WakeableLoop(vertx, "callback delivery", config.pollInterval(), this::deliverDue);
        settlements.countCommits(loop::commitsSeen);
        this.setAside = Counter.builder("haat.callbacks.abandoned")
                .description("callbacks given up: past their deadline, or to a URL that can never be sent to")
                .register(registry);
    }

    void start(@Observes StartupEvent startup) {
        loop.start(config.pollInterval());
        loop.listen(WAKE_CHANNEL);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        loop.stop();
    }

    /** Deliver now rather than at the next poll (queueing also wakes delivery by itself, on commit). */
    public void wake() {
        loop.wake();
    }

    /** What a transaction that queued callbacks runs once it committed, in place of the insert trigger's NOTIFY. */
    public Runnable wakeAfterCommit() {
        return loop.onCommit();
    }

    /** One pass: claims what fits and starts an attempt of each; answers whether more may be due at once. */
    Uni<Boolean> deliverDue() {
        int room = config.batchSize() - inFlight.get();
        if (room <= 0) {
            // The next attempt to settle wakes the loop; one that settled before the flag was set is seen here.
            backlog.set(true);
            return Uni.createFrom().item(inFlight.get() < config.batchSize());
        }
        // Taken before the claim: its lease runs from a moment after this, so time measured from here is never short.
        long claimedNanos = System.nanoTime();
        return queue.claimDue(room, config.claimLease().toMillis()).map(claimed -> {
            claimed.forEach(callback -> start(callback, claimedNanos));
            return claimed.size() >= room;
        });
    }

    private void start(Claimed callback, long claimedNanos) {
        inFlight.incrementAndGet();
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> tracing.within("deliver " + callback.action(), SpanKind.INTERNAL,
                        trace(callback), () -> attempt(callback, claimedNanos))
                .onFailure().recoverWithItem(e -> {
                    LOG.warnf("callback %s %s not settled (its lease runs out, then it is tried again): %s",
                            callback.action(), callback.messageId(), e.toString());
                    return Boolean.TRUE;
                })
                .subscribe().with(wake -> {
                    inFlight.decrementAndGet();
                    // A pass after this settlement is needed only for what it made claimable (see record), or for what
                    // a pass short of room left. (Issue 15: waking after every settlement made 1,700 claims for 1,200
                    // callbacks, the gateway's costliest statement.)
                    if (wake || backlog.getAndSet(false)) {
                        loop.wake();
                    }
                }));
    }

    /** One attempt, settled; answers whether a pass should follow (the transaction's next callback waits, or this one). */
    private Uni<Boolean> attempt(Claimed callback, long claimedNanos) {
        String undeliverable = CallbackUrls.undeliverable(callback.url());
        if (undeliverable != null) {
            return record(callback, new Outcome(false, true, null, undeliverable, null), null);
        }
        byte[] body = callback.body().getBytes(StandardCharsets.UTF_8);
        return ownKeys.keys().chain(keys -> {
            long created = Instant.now().getEpochSecond();
            String authorization = keys.signer(beckn.bppId()).authorization(body, created, created + 3600);
            if (System.nanoTime() - claimedNanos > config.claimLease().toNanos() / 3) {
                // Too late in its lease to POST and still settle before another pass may claim it (and POST it again):
                // handed back unsent, due at once (only if this attempt still holds the claim).
                return settlements.settle(callback, false, false, 0, null,
                        "not sent: claimed too long ago (a busy gateway); due again at once", null).replaceWith(Boolean.TRUE);
            }
            return Uni.createFrom().deferred(() -> {
                        var request = http.postAbs(callback.url());
                        // The flow's trace reaches the buyer app (W3C traceparent), from the span current here.
                        tracing.forNewEvent(trace(callback)).forEach(request::putHeader);
                        extraHeaders(callback.headers()).fields()
                                .forEachRemaining(h -> request.putHeader(h.getKey(), h.getValue().asText()));
                        return request.timeout(config.requestTimeout().toMillis())
                                .putHeader("Content-Type", "application/json")
                                .putHeader("Authorization", authorization)
                                .sendBuffer(Buffer.buffer(body));
                    })
                    .map(CallbackDelivery::outcome)
                    .onFailure().recoverWithItem(e -> new Outcome(false, false, null,
                            e.getClass().getSimpleName() + ": " + e.getMessage(), null))
                    .chain(outcome -> record(callback, outcome, authorization));
        });
    }

    private static Map<String, String> trace(Claimed callback) {
        return callback.traceparent() == null ? Map.of() : Map.of(TraceContext.TRACEPARENT, callback.traceparent());
    }

    /** {@code permanent}: no later attempt can do better (the URL can never be sent to). */
    private record Outcome(boolean acked, boolean permanent, Integer status, String error, String answer) {
    }

    private static Outcome outcome(HttpResponse<Buffer> response) {
        String answer = response.bodyAsString();
        boolean acked = response.statusCode() / 100 == 2 && answer != null && answer.replace(" ", "").contains("\"status\":\"ACK\"");
        return new Outcome(acked, false, response.statusCode(), acked ? null : "answered " + response.statusCode(), answer);
    }

    private Uni<Boolean> record(Claimed callback, Outcome outcome, String authorization) {
        boolean giveUp = !outcome.acked() && (outcome.permanent() || Instant.now().isAfter(callback.deliverUntil()));
        long retryMillis = Math.min(config.firstRetry().toMillis() << Math.min(20, callback.attempt() - 1),
                config.maxRetryDelay().toMillis());
        JsonNode answer = jsonOrNull(outcome.answer());
        ObjectNode headers = json.createObjectNode().put("authorization", authorization).put("attempt", callback.attempt());
        return log.parse(callback.body()).chain(body -> {
            OndcMessage attempt = OndcMessageLog.message("out", callback.transactionId(), callback.messageId(), callback.action(), body);
            attempt.headers = headers;
            attempt.answer = answer;
            attempt.httpStatus = outcome.status();
            attempt.acked = outcome.acked();
            // Settled with the attempts that finish about now, in one statement (issue 15), and answered once committed.
            return settlements.settle(callback, outcome.acked(), giveUp, retryMillis, outcome.status(), outcome.error(), attempt);
        })
                .invoke(() -> {
                    if (giveUp) {
                        setAside.increment();
                        LOG.warnf("gave up on %s %s to %s after %d attempts%s: %s", callback.action(), callback.messageId(),
                                callback.url(), callback.attempt(), outcome.permanent() ? " (never deliverable)" : "",
                                outcome.error());
                    }
                })
                .map(settled -> {
                    if (settled.held() && !outcome.acked() && !giveUp) {
                        // Its retry wakes the loop when due: polling is only the safety net for what another replica or
                        // a lost notification leaves.
                        vertx.setTimer(Math.max(1, retryMillis), timer -> loop.wake());
                    }
                    // A pass follows when the transaction's next callback now waits; when a callback was queued while
                    // this settled (the pass its NOTIFY started may have read before this commit: a callback queued
                    // earlier is seen by the statement, one queued later wakes a pass after this commit); or when the
                    // attempt had lost its claim and settled nothing.
                    return settled.nextWaiting() || loop.commitsSeen() != settled.commitsBefore()
                            || !settled.held();
                });
    }

    private JsonNode extraHeaders(String headers) {
        try {
            return headers == null ? json.createObjectNode() : json.readTree(headers);
        } catch (Exception e) {
            return json.createObjectNode();
        }
    }

    /** The buyer app's answer if it is JSON (it is logged as jsonb), else null. */
    private JsonNode jsonOrNull(String answer) {
        try {
            return answer == null || answer.isBlank() ? null : json.readTree(answer);
        } catch (Exception e) {
            return null;
        }
    }
}

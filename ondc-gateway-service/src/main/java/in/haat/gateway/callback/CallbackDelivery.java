package in.haat.gateway.callback;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.gateway.OndcMessage;
import in.haat.gateway.beckn.OwnKeys;
import in.haat.gateway.config.BecknConfig;
import in.haat.gateway.config.CallbackConfig;
import in.haat.gateway.service.OndcMessageLog;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Multi;
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
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Delivers queued callbacks: claims due ones (moving their next attempt ahead, so no other replica takes them),
 * signs each body with our key, POSTs it, and records the outcome; a failure is retried with a doubling delay
 * until the callback's deadline. Each attempt is also written to the transaction log.
 */
@ApplicationScoped
public class CallbackDelivery {

    private static final Logger LOG = Logger.getLogger(CallbackDelivery.class);

    private final Vertx vertx;
    private final WebClient http;
    private final OwnKeys ownKeys;
    private final BecknConfig beckn;
    private final CallbackConfig config;
    private final ObjectMapper json;
    private final OndcMessageLog log;
    private volatile boolean stopped;
    /** Guards the pass schedule: the pending timer, whether a pass runs, and whether a wake came during it. */
    private final Object schedule = new Object();
    private long timerId = -1;
    private boolean running;
    private boolean wakeRequested;

    public CallbackDelivery(Vertx vertx, WebClient http, OwnKeys ownKeys, BecknConfig beckn, CallbackConfig config,
            ObjectMapper json, OndcMessageLog log) {
        this.log = log;
        this.json = json;
        this.vertx = vertx;
        this.http = http;
        this.ownKeys = ownKeys;
        this.beckn = beckn;
        this.config = config;
    }

    void start(@Observes StartupEvent startup) {
        next(config.pollInterval().toMillis());
    }

    void stop(@Observes ShutdownEvent shutdown) {
        stopped = true;
    }

    /**
     * A callback was queued and its transaction committed (the domain results consumer calls this): deliver now rather
     * than at the next poll. During a pass the wake is remembered and the next pass follows at once.
     */
    public void wake() {
        synchronized (schedule) {
            if (stopped) {
                return;
            }
            if (running) {
                wakeRequested = true;
            } else if (timerId >= 0 && vertx.cancelTimer(timerId)) {
                timerId = vertx.setTimer(1, timer -> runPass());
            } else {
                wakeRequested = true;
            }
        }
    }

    private void next(long delayMillis) {
        synchronized (schedule) {
            running = false;
            if (stopped) {
                return;
            }
            timerId = vertx.setTimer(Math.max(1, wakeRequested ? 0 : delayMillis), timer -> runPass());
        }
    }

    private void runPass() {
        synchronized (schedule) {
            timerId = -1;
            running = true;
            wakeRequested = false;
        }
        Context pass = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(pass, true);
        pass.runOnContext(ignored -> deliverDue().subscribe().with(
                count -> next(count >= config.batchSize() ? 0 : config.pollInterval().toMillis()),
                failure -> {
                    if (!stopped) {
                        LOG.warnf("callback delivery pass failed: %s", failure.toString());
                    }
                    synchronized (schedule) {
                        wakeRequested = false;
                    }
                    next(Math.max(1000, config.pollInterval().toMillis()));
                }));
    }

    /** One pass: claim due callbacks and attempt each once. Answers how many were attempted. */
    public Uni<Integer> deliverDue() {
        return claim().chain(claimed -> Multi.createFrom().iterable(claimed)
                .onItem().transformToUniAndMerge(this::attempt)
                .collect().asList()
                .map(List::size));
    }

    private record Claimed(UUID id, String url, String body, String transactionId, String messageId, String action,
            int attempts, Instant deliverUntil, String headers) {
    }

    private Uni<List<Claimed>> claim() {
        long firstRetryMs = config.firstRetry().toMillis();
        long maxDelayMs = config.maxRetryDelay().toMillis();
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> session
                .createNativeQuery("update ondc_callback c set attempts = c.attempts + 1, "
                        + "next_attempt_at = now() + least(?1 * power(2, c.attempts), ?2) * interval '1 millisecond' "
                        + "where c.id in (select id from ondc_callback where delivered_at is null and gave_up_at is null "
                        + "and next_attempt_at <= now() order by next_attempt_at limit ?3 for update skip locked) "
                        + "returning c.id, c.url, c.body, c.transaction_id, c.message_id, c.action, c.attempts, c.deliver_until, cast(c.headers as text)",
                        Object[].class)
                .setParameter(1, firstRetryMs)
                .setParameter(2, maxDelayMs)
                .setParameter(3, config.batchSize())
                .getResultList()
                .map(rows -> rows.stream().map(r -> new Claimed((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                        (String) r[4], (String) r[5], ((Number) r[6]).intValue(), toInstant(r[7]), (String) r[8])).toList())));
    }

    private Uni<Void> attempt(Claimed callback) {
        byte[] body = callback.body().getBytes(StandardCharsets.UTF_8);
        return ownKeys.keys().chain(keys -> {
            long created = Instant.now().getEpochSecond();
            String authorization = keys.signer(beckn.bppId()).authorization(body, created, created + 3600);
            var request = http.postAbs(callback.url());
            extraHeaders(callback.headers()).fields().forEachRemaining(h -> request.putHeader(h.getKey(), h.getValue().asText()));
            return request
                    .timeout(config.requestTimeout().toMillis())
                    .putHeader("Content-Type", "application/json")
                    .putHeader("Authorization", authorization)
                    .sendBuffer(Buffer.buffer(body))
                    .map(response -> outcome(response))
                    .onFailure().recoverWithItem(e -> new Outcome(false, null, e.getClass().getSimpleName() + ": " + e.getMessage(), null))
                    .chain(outcome -> onOwnContext(() -> record(callback, outcome, authorization)));
        });
    }

    private record Outcome(boolean acked, Integer status, String error, String answer) {
    }

    /** On a context of its own: a pass attempts callbacks at once, and Panache's one session per context must not serve two. */
    private Uni<Void> onOwnContext(java.util.function.Supplier<Uni<Void>> work) {
        Context own = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(own, true);
        return Uni.createFrom().emitter(emitter -> own.runOnContext(ignored -> work.get().subscribe()
                .with(emitter::complete, emitter::fail)));
    }

    private static Outcome outcome(HttpResponse<Buffer> response) {
        String answer = response.bodyAsString();
        boolean acked = response.statusCode() / 100 == 2 && answer != null && answer.replace(" ", "").contains("\"status\":\"ACK\"");
        return new Outcome(acked, response.statusCode(), acked ? null : "answered " + response.statusCode(), answer);
    }

    private Uni<Void> record(Claimed callback, Outcome outcome, String authorization) {
        boolean giveUp = !outcome.acked() && Instant.now().isAfter(callback.deliverUntil());
        com.fasterxml.jackson.databind.JsonNode answer = jsonOrNull(outcome.answer());
        ObjectNode headers = json.createObjectNode().put("authorization", authorization).put("attempt", callback.attempts());
        return log.parse(callback.body()).chain(body -> {
            OndcMessage attempt = OndcMessageLog.message("out", callback.transactionId(), callback.messageId(), callback.action(), body);
            attempt.headers = headers;
            attempt.answer = answer;
            attempt.httpStatus = outcome.status();
            attempt.acked = outcome.acked();
            return Panache.withTransaction(() -> Panache.getSession().chain(session -> session
                        .createNativeQuery("update ondc_callback set delivered_at = case when ?2 then now() end, "
                                + "gave_up_at = case when ?3 then now() end, last_status = ?4, last_error = ?5 where id = ?1")
                        .setParameter(1, callback.id())
                        .setParameter(2, outcome.acked())
                        .setParameter(3, giveUp)
                        .setParameter(4, outcome.status())
                        .setParameter(5, outcome.error())
                        .executeUpdate()
                        .chain(() -> log.record(attempt))));
        })
                .invoke(() -> {
                    if (giveUp) {
                        LOG.warnf("gave up on %s %s after %d attempts: %s", callback.action(), callback.messageId(),
                                callback.attempts(), outcome.error());
                    }
                })
                .replaceWithVoid();
    }

    private com.fasterxml.jackson.databind.JsonNode extraHeaders(String headers) {
        try {
            return headers == null ? json.createObjectNode() : json.readTree(headers);
        } catch (Exception e) {
            return json.createObjectNode();
        }
    }

    /** The buyer app's answer if it is JSON (it is logged as jsonb), else null. */
    private com.fasterxml.jackson.databind.JsonNode jsonOrNull(String answer) {
        try {
            return answer == null || answer.isBlank() ? null : json.readTree(answer);
        } catch (Exception e) {
            return null;
        }
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof java.time.LocalDateTime ldt) {
            return ldt.toInstant(java.time.ZoneOffset.UTC);
        }
        return Instant.parse(value.toString());
    }
}

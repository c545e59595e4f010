package in.haat.gateway.callback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.events.EventTracing;
import in.haat.events.MalformedEventException;
import in.haat.events.TraceContext;
import in.haat.events.WakeableLoop;
import in.haat.gateway.beckn.OutgoingCheck;
import in.haat.gateway.config.BecknConfig;
import in.haat.gateway.config.CallbackConfig;
import in.haat.gateway.event.DomainResult;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Turns a domain result into the /on_* callback to send: the context from the transaction's request (same
 * transaction_id; the request's message_id for a solicited callback, a fresh one otherwise; our bpp_id and
 * bpp_uri; a timestamp later than every earlier message of the transaction), queued for delivery.
 * Runs in the caller's transaction.
 */
@ApplicationScoped
public class CallbackBuilder {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final BecknConfig beckn;
    private final CallbackConfig config;
    private final ObjectMapper json;
    private final EventTracing tracing;
    private final OutgoingCheck outgoing;

    public CallbackBuilder(BecknConfig beckn, CallbackConfig config, ObjectMapper json, EventTracing tracing,
            OutgoingCheck outgoing) {
        this.beckn = beckn;
        this.config = config;
        this.json = json;
        this.tracing = tracing;
        this.outgoing = outgoing;
    }

    public Uni<UUID> queue(DomainResult result) {
        return queue(result, Map.of());
    }

    /** As {@link #queue(DomainResult)}, sent with these extra HTTP headers (X-ONDC-Search-Response on /on_search). */
    public Uni<UUID> queue(DomainResult result, Map<String, String> headers) {
        if (result.action() == null || !result.action().startsWith("on_") || result.transactionId() == null) {
            return Uni.createFrom().failure(new IllegalArgumentException("a result needs an on_* action and a transaction_id"));
        }
        boolean solicited = result.requestMessageId() != null;
        return Panache.getSession().chain(session -> request(session, result).chain(request -> {
            if (request == null) {
                // The request is logged in the transaction that published it, before any service could answer it, so a
                // result without one can never be applied (another database's transaction, a wrong message id): it is
                // dead-lettered at once instead of being retried, which would hold up every result behind it.
                return Uni.createFrom().failure(new MalformedEventException("no accepted request for transaction "
                        + result.transactionId() + (solicited ? " message " + result.requestMessageId() : ""), null));
            }
            JsonNode requestContext = request.get("context");
            return latestTimestamp(session, result.transactionId()).chain(latest -> {
                Instant now = Instant.now();
                Instant stamp = latest != null && !now.isAfter(latest) ? latest.plusMillis(1) : now;
                // ONDC's validator wants an order's updated_at to be its callback's timestamp: when the order says when
                // it changed, and that is after every earlier message and not in the future, that is the timestamp.
                Instant changed = updatedAt(result.message());
                if (changed != null && (latest == null || changed.isAfter(latest)) && !changed.isAfter(now)) {
                    stamp = changed;
                }
                String messageId = solicited ? result.requestMessageId() : UUID.randomUUID().toString();
                ObjectNode context = json.createObjectNode();
                context.put("domain", requestContext.path("domain").asText());
                context.put("country", requestContext.path("country").asText("IND"));
                context.put("city", result.city() != null ? result.city() : requestContext.path("city").asText());
                context.put("action", result.action());
                context.put("core_version", requestContext.path("core_version").asText());
                context.put("bap_id", requestContext.path("bap_id").asText());
                context.put("bap_uri", requestContext.path("bap_uri").asText());
                context.put("bpp_id", beckn.bppId());
                context.put("bpp_uri", beckn.bppUri());
                context.put("transaction_id", result.transactionId());
                context.put("message_id", messageId);
                context.put("timestamp", TIMESTAMP.format(stamp));
                context.put("ttl", requestContext.path("ttl").asText("PT30S"));
                ObjectNode body = json.createObjectNode();
                body.set("context", context);
                body.set("message", result.message() == null ? json.createObjectNode() : result.message());
                if (result.error() != null && !result.error().isNull()) {
                    body.set("error", result.error());
                }
                outgoing.checkLater(body);
                Instant deadline = solicited ? deadline(requestContext) : now.plus(config.unsolicitedWindow());
                String baseUri = requestContext.path("bap_uri").asText();
                UUID id = UUID.randomUUID();
                return session.createNativeQuery("insert into ondc_callback (id, transaction_id, message_id, action, url, body, "
                                + "deliver_until, next_attempt_at, headers, traceparent) "
                                + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7, now(), cast(cast(?8 as text) as jsonb), ?9)")
                        .setParameter(1, id)
                        .setParameter(2, result.transactionId())
                        .setParameter(3, messageId)
                        .setParameter(4, result.action())
                        .setParameter(5, baseUri + (baseUri.endsWith("/") ? "" : "/") + result.action())
                        .setParameter(6, body.toString())
                        .setParameter(7, deadline)
                        .setParameter(8, headers.isEmpty() ? null : json.valueToTree(headers).toString())
                        // The trace of the flow being handled (the result's consumer span), carried to the buyer app.
                        .setParameter(9, tracing.forNewEvent(null).get(TraceContext.TRACEPARENT))
                        .executeUpdate()
                        // Delivery wakes when (and if) this transaction commits.
                        .chain(() -> WakeableLoop.wakeOnCommit(CallbackDelivery.WAKE_CHANNEL))
                        .replaceWith(id);
            });
        }));
    }

    /** The order's updated_at, in milliseconds as context timestamps are written, or null. */
    private static Instant updatedAt(JsonNode message) {
        JsonNode updated = message == null ? null : message.path("order").path("updated_at");
        if (updated == null || !updated.isTextual()) {
            return null;
        }
        try {
            return Instant.parse(updated.asText()).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private Instant deadline(JsonNode requestContext) {
        Instant sent = Instant.parse(requestContext.path("timestamp").asText());
        Duration ttl = Duration.parse(requestContext.path("ttl").asText(beckn.defaultTtl().toString()));
        // Never less than a few retries' worth, even for a request that arrived late in its ttl.
        Instant deadline = sent.plus(ttl);
        Instant floor = Instant.now().plus(config.firstRetry().multipliedBy(8));
        return deadline.isAfter(floor) ? deadline : floor;
    }

    private Uni<JsonNode> request(Mutiny.Session session, DomainResult result) {
        // An unsolicited callback (an order's /on_status) takes the context of the transaction's latest order request:
        // a /search of the same transaction may carry city "*" and no bpp_id.
        String sql = "select cast(body as text) from ondc_message where direction = 'in' and acked and transaction_id = ?1"
                + (result.requestMessageId() != null ? " and message_id = ?2 order by received_at limit 1"
                        : " order by (action = 'search'), received_at desc limit 1");
        Mutiny.SelectionQuery<String> query = session.createNativeQuery(sql, String.class).setParameter(1, result.transactionId());
        if (result.requestMessageId() != null) {
            query.setParameter(2, result.requestMessageId());
        }
        return query.getResultList().map(rows -> {
            try {
                return rows.isEmpty() ? null : json.readTree(rows.get(0));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private Uni<Instant> latestTimestamp(Mutiny.Session session, String transactionId) {
        // Callbacks' timestamps only rise along a transaction, so its latest callback holds the highest; reading only
        // that one (and the requests) keeps a transaction of many large pages or pushes from re-reading all of them.
        return session.createNativeQuery("select max(ts) from ("
                        + "select body->'context'->>'timestamp' as ts from ondc_message where transaction_id = ?1 and direction = 'in' "
                        + "union all (select cast(cast(body as jsonb)->'context'->>'timestamp' as text) from ondc_callback "
                        + "where transaction_id = ?1 order by created_at desc limit 1)) t",
                        String.class)
                .setParameter(1, transactionId)
                .getSingleResultOrNull()
                .map(ts -> {
                    try {
                        return ts == null ? null : Instant.parse(ts);
                    } catch (Exception e) {
                        return null;
                    }
                });
    }
}

package in.haat.gateway.callback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.events.AfterCommit;
import in.haat.events.EventEnvelope;
import in.haat.events.EventHandler;
import in.haat.events.EventTracing;
import in.haat.events.MalformedEventException;
import in.haat.events.TraceContext;
import in.haat.gateway.beckn.OutgoingCheck;
import in.haat.gateway.config.BecknConfig;
import in.haat.gateway.config.CallbackConfig;
import in.haat.gateway.event.DomainResult;
import in.haat.gateway.repository.CallbackQueueRepository;
import in.haat.ondc.validation.OndcSpec;
import in.haat.persistence.TimeOrderedIds;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Turns a domain result into the /on_* callback to send: the context from the transaction's request (same
 * transaction_id; the request's message_id for a solicited callback, a fresh one otherwise; our bpp_id and
 * bpp_uri; a timestamp later than every earlier message of the transaction), queued for delivery; a batch of results
 * with one read and one insert. Runs in the caller's transaction.
 */
@ApplicationScoped
public class CallbackBuilder {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final BecknConfig beckn;
    private final CallbackConfig config;
    private final ObjectMapper json;
    private final EventTracing tracing;
    private final OutgoingCheck outgoing;
    private final CallbackQueueRepository queue;
    private final CallbackDelivery delivery;

    public CallbackBuilder(BecknConfig beckn, CallbackConfig config, ObjectMapper json, EventTracing tracing,
            OutgoingCheck outgoing, CallbackQueueRepository queue, CallbackDelivery delivery) {
        this.queue = queue;
        this.delivery = delivery;
        this.beckn = beckn;
        this.config = config;
        this.json = json;
        this.tracing = tracing;
        this.outgoing = outgoing;
    }

    /** A result to answer with a callback, the extra HTTP headers it goes with and the trace it continues. */
    public record Pending(DomainResult result, Map<String, String> headers, String traceparent) {
    }

    public Uni<UUID> queue(DomainResult result) {
        return queue(result, Map.of());
    }

    /** As {@link #queue(DomainResult)}, sent with these extra HTTP headers (X-ONDC-Search-Response on /on_search). */
    public Uni<UUID> queue(DomainResult result, Map<String, String> headers) {
        return queueAll(List.of(pending(result, headers))).map(ids -> ids.get(0));
    }

    /** A result to queue with {@link #queueAll}, continuing the current trace (the consumer span of the flow handled). */
    public Pending pending(DomainResult result, Map<String, String> headers) {
        return new Pending(result, headers, tracing.forNewEvent(null).get(TraceContext.TRACEPARENT));
    }

    /**
     * Queues the callbacks of a consumer's batch with {@link #queueAll}: each event's result ({@code resultOf}), continuing
     * that event's trace (a consumer span of {@code handler}).
     */
    public Uni<List<UUID>> queueEach(EventHandler handler, List<EventEnvelope> events, Function<EventEnvelope, DomainResult> resultOf) {
        return Uni.createFrom().deferred(() -> queueAll(events.stream()
                .map(event -> tracing.inSpan(handler.name(), event, () -> pending(resultOf.apply(event), Map.of()))).toList()));
    }

    /**
     * Queues the results' callbacks in this order with one read and one insert for all of them, each by the rules of
     * one (a transaction's timestamps rise along the list too). If one has no accepted request, nothing is queued and
     * the returned Uni fails with {@link MalformedEventException}.
     */
    public Uni<List<UUID>> queueAll(List<Pending> pending) {
        for (Pending p : pending) {
            DomainResult result = p.result();
            if (result.action() == null || !result.action().startsWith("on_") || result.transactionId() == null) {
                return Uni.createFrom().failure(new IllegalArgumentException("a result needs an on_* action and a transaction_id"));
            }
        }
        if (pending.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return queue.answering(pending.stream().map(p -> new CallbackQueueRepository.Wanted(p.result().transactionId(),
                        p.result().requestMessageId(), OndcSpec.IGM_ACTIONS.contains(p.result().action()))).toList())
                .chain(answers -> {
                    Map<String, Instant> queuedLatest = new HashMap<>();
                    List<CallbackQueueRepository.Queued> rows = new ArrayList<>(pending.size());
                    for (int i = 0; i < pending.size(); i++) {
                        DomainResult result = pending.get(i).result();
                        JsonNode requestContext = parse(answers.get(i).requestContext());
                        if (requestContext == null) {
                            // The request is logged in the transaction that published it, before any service could answer it,
                            // so a result without one can never be applied (another database's transaction, a wrong message
                            // id): it is dead-lettered at once instead of being retried, which would hold up every result
                            // behind it.
                            return Uni.createFrom().failure(new MalformedEventException("no accepted request for transaction "
                                    + result.transactionId() + (result.requestMessageId() != null
                                            ? " message " + result.requestMessageId() : ""), null));
                        }
                        Instant stored = instant(answers.get(i).latestTimestamp());
                        Instant earlier = queuedLatest.get(result.transactionId());
                        Instant latest = earlier == null || (stored != null && stored.isAfter(earlier)) ? stored : earlier;
                        Instant stamp = stamp(result, latest);
                        queuedLatest.put(result.transactionId(), stamp);
                        rows.add(row(pending.get(i), requestContext, stamp));
                    }
                    outgoing.checkLater(rows.stream().map(CallbackQueueRepository.Queued::body).toList());
                    // Delivery wakes when (and if) this transaction commits: from this process when a consumer began the
                    // transaction (AfterCommit), else through the insert trigger's NOTIFY (migration V11).
                    return Panache.currentTransaction()
                            .chain(transaction -> queue.insert(rows, AfterCommit.register(transaction, delivery.wakeAfterCommit())))
                            .replaceWith(rows.stream().map(CallbackQueueRepository.Queued::id).toList());
                });
    }

    /**
     * Later than every earlier message of the transaction ({@code latest}); ONDC's validator wants an order's updated_at
     * to be its callback's timestamp: when the order says when it changed, and that is after every earlier message and
     * not in the future, that is the timestamp.
     */
    private static Instant stamp(DomainResult result, Instant latest) {
        // In the milliseconds a timestamp is written in: two callbacks within one millisecond must still differ.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Instant changed = updatedAt(result.message());
        if (changed != null && (latest == null || changed.isAfter(latest)) && !changed.isAfter(now)) {
            return changed;
        }
        return latest != null && !now.isAfter(latest) ? latest.plusMillis(1) : now;
    }

    /** The callback answering {@code requestContext}'s request, stamped {@code stamp}, checked later, ready to insert. */
    private CallbackQueueRepository.Queued row(Pending pending, JsonNode requestContext, Instant stamp) {
        DomainResult result = pending.result();
        boolean solicited = result.requestMessageId() != null;
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
        igmContext(requestContext, context, result.city() == null);
        ObjectNode body = json.createObjectNode();
        body.set("context", context);
        body.set("message", result.message() == null ? json.createObjectNode() : result.message());
        if (result.error() != null && !result.error().isNull()) {
            body.set("error", result.error());
        }
        // Written once: the text sent is the text checked (queueAll hands the batch's texts to OutgoingCheck).
        String text = body.toString();
        Instant deadline = solicited ? deadline(requestContext) : Instant.now().plus(config.unsolicitedWindow());
        String baseUri = requestContext.path("bap_uri").asText();
        return new CallbackQueueRepository.Queued(TimeOrderedIds.next(), result.transactionId(), messageId, result.action(),
                baseUri + (baseUri.endsWith("/") ? "" : "/") + result.action(), text, deadline,
                pending.headers().isEmpty() ? null : json.valueToTree(pending.headers()),
                // The trace of the flow being handled (the result's consumer span), carried to the buyer app.
                pending.traceparent());
    }

    /**
     * IGM 2.0.0 may name its version {@code version} and its city and country in {@code location}: a callback to such
     * a request says them the same way.
     */
    private static void igmContext(JsonNode requestContext, ObjectNode context, boolean requestCity) {
        if (!requestContext.has("core_version") && requestContext.path("version").isTextual()) {
            context.remove("core_version");
            context.put("version", requestContext.path("version").asText());
        }
        if (requestCity && !requestContext.has("city") && requestContext.path("location").isObject()) {
            context.remove("city");
            context.remove("country");
            context.set("location", requestContext.get("location").deepCopy());
        }
    }

    /** The order's updated_at, in milliseconds as context timestamps are written, or null. */
    private static Instant updatedAt(JsonNode message) {
        JsonNode updated = message == null ? null : message.path("order").path("updated_at");
        if (updated == null || !updated.isTextual()) {
            return null;
        }
        try {
            return Instant.parse(updated.asText()).truncatedTo(ChronoUnit.MILLIS);
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

    private JsonNode parse(String requestContext) {
        try {
            return requestContext == null ? null : json.readTree(requestContext);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(String timestamp) {
        try {
            return timestamp == null ? null : Instant.parse(timestamp);
        } catch (Exception e) {
            return null;
        }
    }
}

package in.haat.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.haat.gateway.OndcMessage;
import in.haat.gateway.repository.OndcMessageRepository;
import in.haat.persistence.TimeOrderedIds;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Writes the transaction log through its entity, each message with the seller it concerns: the owner of the
 * storefront(s) it names (order.provider.id, or the providers of an /on_search page when they are one seller's),
 * else the seller of the transaction's earlier messages (an /on_status names no provider). A broadcast /search
 * concerns no seller. Runs in the caller's transaction.
 */
@ApplicationScoped
public class OndcMessageLog {

    /** Bodies larger than this are parsed on a worker thread (an /on_search page may be 1 MB). */
    private static final int INLINE_PARSE_BYTES = 64 * 1024;

    private final OndcMessageRepository messages;
    private final ObjectMapper json;
    private final Vertx vertx;

    public OndcMessageLog(OndcMessageRepository messages, ObjectMapper json, Vertx vertx) {
        this.messages = messages;
        this.json = json;
        this.vertx = vertx;
    }

    /** A new log row for a message of {@code direction} ("in" or "out"), stamped now; the caller fills in the rest. */
    public static OndcMessage message(String direction, String transactionId, String messageId, String action, JsonNode body) {
        OndcMessage message = new OndcMessage();
        message.id = TimeOrderedIds.next();
        message.direction = direction;
        message.transactionId = transactionId;
        message.messageId = messageId;
        message.action = action;
        message.body = body;
        message.receivedAt = Instant.now();
        return message;
    }

    /**
     * An accepted buyer message as a row for {@link #writeAccepted}: its columns and the storefronts it names, made
     * on the caller's thread so the shared writer only joins rows.
     */
    public String acceptedRow(OndcMessage message) {
        return row(message).toString();
    }

    /** A callback attempt (direction out) as a row for {@link #writeSent}: the columns of {@link #acceptedRow} and acked. */
    public String sentRow(OndcMessage message) {
        return row(message).put("acked", message.acked).toString();
    }

    /** Logs callback attempts (rows from {@link #sentRow}) in one statement in the caller's transaction, as {@link #record} would. */
    public Uni<Integer> writeSent(List<String> rows) {
        return messages.insertSent("[" + String.join(",", rows) + "]");
    }

    private ObjectNode row(OndcMessage message) {
        ObjectNode row = json.createObjectNode();
        row.put("id", message.id.toString());
        row.put("transaction_id", message.transactionId);
        row.put("message_id", message.messageId);
        row.put("action", message.action);
        row.put("received_at", message.receivedAt.toString());
        row.set("body", message.body);
        row.put("bap_id", message.bapId);
        row.set("headers", message.headers);
        row.set("answer", message.answer);
        row.put("http_status", message.httpStatus);
        if (message.warnings != null) {
            row.set("warnings", message.warnings);
        }
        storefronts(message.body).forEach(id -> row.withArray("storefronts").add(id.toString()));
        return row;
    }

    /**
     * Logs accepted buyer messages (rows from {@link #acceptedRow}) in one statement in the caller's transaction,
     * each tied to its seller as {@link #record} does; a message (bap_id, action, message_id) accepted before, or twice
     * in these rows, is not logged again. Answers the ids logged now.
     */
    public Uni<List<UUID>> writeAccepted(List<String> rows) {
        return messages.insertAccepted("[" + String.join(",", rows) + "]");
    }

    /** Ties the message to its seller and writes it. */
    public Uni<Void> record(OndcMessage message) {
        return sellerOf(message.transactionId, message.body).chain(seller -> {
            message.sellerId = seller;
            return messages.persist(message);
        }).replaceWithVoid();
    }

    /** The body as JSON (large bodies parsed off the event loop), or the text wrapped as {@code {"unparsed": ...}}. */
    public Uni<JsonNode> parse(String body) {
        if (body.length() <= INLINE_PARSE_BYTES) {
            return Uni.createFrom().item(read(body));
        }
        return vertx.executeBlocking(Uni.createFrom().item(() -> read(body)));
    }

    Uni<UUID> sellerOf(String transactionId, JsonNode body) {
        Set<UUID> storefronts = storefronts(body);
        Uni<UUID> fallback = transactionId == null || transactionId.isEmpty()
                ? Uni.createFrom().nullItem() : messages.sellerOfTransaction(transactionId);
        if (storefronts.isEmpty()) {
            return fallback;
        }
        return messages.sellersOfStorefronts(storefronts).chain(sellers -> {
            if (sellers.size() == 1) {
                return Uni.createFrom().item(sellers.get(0));
            }
            // Several sellers' providers on one page concern none of them alone; an unknown storefront falls back.
            return sellers.isEmpty() ? fallback : Uni.createFrom().nullItem();
        });
    }

    /** The storefront ids a message names: its order's provider, the providers of a catalog, or an IGM issue's provider. */
    static Set<UUID> storefronts(JsonNode body) {
        Set<UUID> ids = new LinkedHashSet<>();
        if (body == null) {
            return ids;
        }
        JsonNode message = body.path("message");
        uuid(message.path("order").path("provider").path("id").asText(null), ids);
        for (JsonNode provider : message.path("catalog").path("bpp/providers")) {
            uuid(provider.path("id").asText(null), ids);
        }
        // An IGM issue's provider: 1.0.0's order_details.provider_id, 2.0.0's PROVIDER ref (our answers fall back to the transaction's).
        JsonNode issue = message.path("issue");
        uuid(issue.path("order_details").path("provider_id").asText(null), ids);
        for (JsonNode ref : issue.path("refs")) {
            if ("PROVIDER".equals(ref.path("ref_type").asText())) {
                uuid(ref.path("ref_id").asText(null), ids);
            }
        }
        return ids;
    }

    private static void uuid(String text, Set<UUID> into) {
        // Most provider ids are not uuids (P1): skipping them here spares an exception per request on the ACK path.
        if (text == null || text.length() != 36) {
            return;
        }
        try {
            into.add(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            // a provider id that is not one of our storefront ids names no seller
        }
    }

    private JsonNode read(String body) {
        try {
            JsonNode node = json.readTree(body);
            return node != null ? node : json.createObjectNode().put("unparsed", body);
        } catch (IOException e) {
            return json.createObjectNode().put("unparsed", body);
        }
    }
}

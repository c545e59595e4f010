package in.haat.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import in.haat.gateway.OndcMessage;
import in.haat.gateway.repository.OndcMessageRepository;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashSet;
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
        message.id = UUID.randomUUID();
        message.direction = direction;
        message.transactionId = transactionId;
        message.messageId = messageId;
        message.action = action;
        message.body = body;
        message.receivedAt = Instant.now();
        return message;
    }

    /**
     * Logs an accepted buyer message unless the same message (bap_id, action, message_id) was accepted before;
     * answers whether it was logged now. Two copies racing past the check meet the unique index, and the caller's
     * transaction fails (see {@link #wasAccepted}).
     */
    public Uni<Boolean> acceptOnce(OndcMessage message) {
        return messages.accepted(message.bapId, message.action, message.messageId).chain(seen -> seen
                ? Uni.createFrom().item(false)
                : record(message).replaceWith(true));
    }

    /** Whether the message is in the log as accepted (asked again after a transaction lost the race above). */
    public Uni<Boolean> wasAccepted(String bapId, String action, String messageId) {
        return messages.accepted(bapId, action, messageId);
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
        if (text == null) {
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

package in.haat.gateway.beckn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import in.haat.gateway.config.BecknConfig;
import in.haat.gateway.guard.SubscriberUrls;
import in.haat.gateway.signing.Ed25519Keys;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.jboss.logging.Logger;

/**
 * The signing keys of other network participants, by subscriber id and unique key id (never by subscriber
 * alone, so key rotation is safe): first the configured ones, then the ONDC registry's signed v2.0 lookup,
 * cached (found keys for {@code registry-cache-ttl} but never past their valid_until; misses briefly).
 */
@ApplicationScoped
public class SubscriberKeys {

    private static final Logger LOG = Logger.getLogger(SubscriberKeys.class);

    private final Map<String, Ed25519PublicKeyParameters> known = new HashMap<>();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final BecknConfig config;
    private final OwnKeys ownKeys;
    private final ObjectMapper json;
    private final WebClient http;
    private final SubscriberUrls urls;

    private record Cached(Optional<Ed25519PublicKeyParameters> key, Instant until) {
    }

    public SubscriberKeys(BecknConfig config, OwnKeys ownKeys, ObjectMapper json, WebClient http, SubscriberUrls urls) {
        this.urls = urls;
        this.config = config;
        this.ownKeys = ownKeys;
        this.json = json;
        this.http = http;
        for (String entry : config.knownSubscribers().orElse(List.of())) {
            String[] parts = entry.strip().split("\\|");
            if (parts.length != 3) {
                throw new IllegalArgumentException("haat.ondc.known-subscribers entries are subscriber_id|unique_key_id|public_key: " + entry);
            }
            known.put(parts[0] + "|" + parts[1], Ed25519Keys.publicKey(parts[2]));
        }
    }

    public Uni<Optional<Ed25519PublicKeyParameters>> signingKey(String subscriberId, String uniqueKeyId) {
        String id = subscriberId + "|" + uniqueKeyId;
        Ed25519PublicKeyParameters configured = known.get(id);
        if (configured != null) {
            return Uni.createFrom().item(Optional.of(configured));
        }
        if (config.registryUrl().isEmpty()) {
            return Uni.createFrom().item(Optional.empty());
        }
        Cached cached = cache.get(id);
        if (cached != null && cached.until().isAfter(Instant.now())) {
            return Uni.createFrom().item(cached.key());
        }
        return lookup(subscriberId, uniqueKeyId)
                .invoke(found -> cache.put(id, found))
                .map(Cached::key)
                .onFailure().recoverWithItem(e -> {
                    // Not cached: a registry outage must not pin "unknown" on a real buyer app.
                    LOG.warnf("registry lookup of %s failed: %s", id, e.toString());
                    return Optional.empty();
                });
    }

    private Uni<Cached> lookup(String subscriberId, String uniqueKeyId) {
        byte[] body = json.createObjectNode().put("subscriber_id", subscriberId).put("ukId", uniqueKeyId).toString()
                .getBytes(StandardCharsets.UTF_8);
        return ownKeys.keys().chain(keys -> {
            long now = Instant.now().getEpochSecond();
            return http.postAbs(config.registryUrl().get().replaceAll("/+$", "") + "/v2.0/lookup")
                    .timeout(5000)
                    .putHeader("Content-Type", "application/json")
                    .putHeader("Authorization", keys.signer(config.bppId()).authorization(body, now, now + 300))
                    .sendBuffer(Buffer.buffer(body));
        }).map(response -> {
            if (response.statusCode() != 200) {
                throw new IllegalStateException("registry answered " + response.statusCode());
            }
            return pick(response.bodyAsString(), subscriberId, uniqueKeyId);
        });
    }

    private Cached pick(String answer, String subscriberId, String uniqueKeyId) {
        Instant now = Instant.now();
        try {
            JsonNode records = json.readTree(answer);
            for (JsonNode record : records.isArray() ? records : json.createArrayNode().add(records)) {
                String ukId = record.has("ukId") ? record.path("ukId").asText() : record.path("unique_key_id").asText();
                if (!subscriberId.equals(record.path("subscriber_id").asText()) || !uniqueKeyId.equals(ukId)) {
                    continue;
                }
                Instant validUntil = record.has("valid_until") ? Instant.parse(record.get("valid_until").asText()) : Instant.MAX;
                if (!validUntil.isAfter(now)) {
                    continue;
                }
                Instant until = now.plus(config.registryCacheTtl());
                urls.learn(subscriberId, record.path("subscriber_url").asText(null));
                return new Cached(Optional.of(Ed25519Keys.publicKey(record.path("signing_public_key").asText())),
                        until.isBefore(validUntil) ? until : validUntil);
            }
        } catch (Exception e) {
            throw new IllegalStateException("unreadable registry answer: " + e.getMessage(), e);
        }
        return new Cached(Optional.empty(), now.plus(config.registryNegativeCacheTtl()));
    }
}

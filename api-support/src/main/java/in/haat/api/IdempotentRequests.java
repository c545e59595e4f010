package in.haat.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import in.haat.api.repository.IdempotencyKeyRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The {@code Idempotency-Key} header on POST and PUT: the first call with a key runs and its answer is kept
 * (in the same transaction as the change it made); a retry with the same key and the same request gets that
 * answer again, marked {@code Idempotent-Replayed: true}; the same key with a different request is a 422.
 * Keys belong to the calling client and are kept for 24 hours.
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    private static final Logger LOG = Logger.getLogger(IdempotentRequests.class);
    private static final int MAX_KEY_LENGTH = 255;

    private final Caller caller;
    private final ObjectMapper json;
    private final IdempotencyKeyRepository keys;

    public IdempotentRequests(Caller caller, ObjectMapper json, IdempotencyKeyRepository keys) {
        this.caller = caller;
        this.json = json;
        this.keys = keys;
    }

    /**
     * Runs {@code action} in a transaction unless this client already sent {@code key}; without a key it
     * just runs it. {@code request} is what makes two calls "the same": method, path and body.
     */
    public Uni<Response> once(String key, String method, String path, Object body, Supplier<Uni<Response>> action) {
        if (key == null) {
            return action.get();
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            return Uni.createFrom().failure(ApiException.invalid(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " characters"));
        }
        String fingerprint = fingerprint(method, path, body);
        String client = caller.clientId();
        return Panache.withTransaction(() -> keys.claim(client, key, fingerprint)
                .chain(claimed -> claimed
                        ? action.get().call(response -> remember(client, key, response))
                        : replay(client, key, fingerprint)));
    }

    private Uni<Void> remember(String client, String key, Response response) {
        String body;
        try {
            Object entity = response.getEntity();
            body = entity == null ? null : entity instanceof String text ? text : json.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
        URI location = response.getLocation();
        return keys.remember(client, key, response.getStatus(), body, location == null ? null : location.toString());
    }

    private Uni<Response> replay(String client, String key, String fingerprint) {
        return keys.kept(client, key)
                .map(kept -> {
                    if (!fingerprint.equals(kept.fingerprint())) {
                        throw new ApiException(422, ErrorCodes.IDEMPOTENCY_KEY_REUSED,
                                "this Idempotency-Key was used for a different request");
                    }
                    Response.ResponseBuilder answer = Response.status(kept.status()).header("Idempotent-Replayed", "true");
                    if (kept.body() != null) {
                        answer.entity(kept.body()).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"));
                    }
                    if (kept.location() != null) {
                        answer.location(URI.create(kept.location()));
                    }
                    return answer.build();
                });
    }

    private String fingerprint(String method, String path, Object body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(json.writeValueAsBytes(body));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Scheduled(identity = "idempotency-key-purge", every = "1h", delayed = "5m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> purge() {
        return keys.purgeExpired()
                .onFailure().invoke(e -> LOG.warnf("idempotency key purge failed: %s", e.toString()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }
}

package in.haat.api;

import in.haat.events.EventCodec;
import in.haat.events.EventEnvelope;
import in.haat.events.MalformedEventException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads {@code client.revoked} and {@code access-token.revoked} from {@code haat.auth.events} into
 * {@link RevokedClients}. Every replica reads the whole topic under a group of its own (see the library's
 * microprofile-config.properties), because each must refuse every revoked client and token, not a share of them.
 */
@ApplicationScoped
public class RevocationConsumer {

    static final String CLIENT_REVOKED = "client.revoked";
    static final String ACCESS_TOKEN_REVOKED = "access-token.revoked";
    private static final Logger LOG = Logger.getLogger(RevocationConsumer.class);
    private static final Duration RECENT = Duration.ofMinutes(5);

    private final EventCodec codec;
    private final RevokedClients revoked;

    public RevocationConsumer(EventCodec codec, RevokedClients revoked) {
        this.codec = codec;
        this.revoked = revoked;
    }

    /** Runs on a worker thread (a void method is blocking for Quarkus messaging); it only touches memory. */
    @Incoming("auth-revocations")
    public void consume(String json) {
        try {
            EventEnvelope event = codec.fromJson(json);
            if (ACCESS_TOKEN_REVOKED.equals(event.type())) {
                AccessTokenRevoked token = codec.payloadAs(event, AccessTokenRevoked.class);
                if (token.jti() != null) {
                    revoked.revokeToken(token.jti(), token.expiresAt());
                }
                return;
            }
            if (!CLIENT_REVOKED.equals(event.type())) {
                return;
            }
            if (event.version() != 1) {
                // Refusing too much is safer than too little: read client_id from any version that still has it.
                LOG.warnf("client.revoked version %d is newer than this service knows; reading client_id anyway",
                        event.version());
            }
            ClientRevoked payload = codec.payloadAs(event, ClientRevoked.class);
            if (payload.clientId() == null || payload.clientId().isBlank()) {
                LOG.warnf("client.revoked %s has no client_id; ignored", event.id());
                return;
            }
            revoked.revoke(payload.clientId(), payload.revokedAt());
            // At start every replica reads all revocations still on the topic; only news is worth an INFO line.
            boolean news = event.occurredAt().isAfter(Instant.now().minus(RECENT));
            LOG.logf(news ? Logger.Level.INFO : Logger.Level.DEBUG,
                    "client %s revoked: its tokens are refused from now on", payload.clientId());
        } catch (MalformedEventException e) {
            // Nothing can be learnt from it; a dead letter per replica would only multiply the noise.
            LOG.warnf("unreadable event on haat.auth.events ignored: %s", e.getMessage());
        }
    }
}

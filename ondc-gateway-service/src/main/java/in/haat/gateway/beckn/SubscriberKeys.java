package in.haat.gateway.beckn;

import in.haat.gateway.config.BecknConfig;
import in.haat.gateway.signing.Ed25519Keys;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;

/**
 * The signing keys of other network participants, by subscriber id and unique key id (never by subscriber
 * alone, so key rotation is safe). Today from configuration; the ONDC registry look-up plugs in here.
 */
@ApplicationScoped
public class SubscriberKeys {

    private final Map<String, Ed25519PublicKeyParameters> known = new HashMap<>();

    public SubscriberKeys(BecknConfig config) {
        for (String entry : config.knownSubscribers().orElse(java.util.List.of())) {
            String[] parts = entry.strip().split("\\|");
            if (parts.length != 3) {
                throw new IllegalArgumentException("haat.ondc.known-subscribers entries are subscriber_id|unique_key_id|public_key: " + entry);
            }
            known.put(parts[0] + "|" + parts[1], Ed25519Keys.publicKey(parts[2]));
        }
    }

    public Optional<Ed25519PublicKeyParameters> signingKey(String subscriberId, String uniqueKeyId) {
        return Optional.ofNullable(known.get(subscriberId + "|" + uniqueKeyId));
    }
}

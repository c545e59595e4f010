package in.haat.gateway.signing;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/** Signs outgoing beckn messages with our Ed25519 key, producing the Authorization header. */
public final class BecknSigner {

    private final String subscriberId;
    private final String uniqueKeyId;
    private final Ed25519PrivateKeyParameters key;

    public BecknSigner(String subscriberId, String uniqueKeyId, Ed25519PrivateKeyParameters key) {
        this.subscriberId = subscriberId;
        this.uniqueKeyId = uniqueKeyId;
        this.key = key;
    }

    /** The Authorization header for {@code body} (its exact bytes), valid from {@code created} to {@code expires}. */
    public String authorization(byte[] body, long created, long expires) {
        String signature = sign(SigningString.of(created, expires, body));
        return new SignatureHeader(subscriberId, uniqueKeyId, "ed25519", created, expires, SignatureHeader.HEADERS, signature).format();
    }

    /** Base64 Ed25519 signature of a string's UTF-8 bytes (also what site verification signs: the request_id). */
    public String sign(String text) {
        byte[] message = text.getBytes(StandardCharsets.UTF_8);
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, key);
        signer.update(message, 0, message.length);
        return Base64.getEncoder().encodeToString(signer.generateSignature());
    }
}

package in.haat.gateway.signing;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * Verifies a beckn signature header over the exact body bytes: the signing string rebuilt from the header's
 * created and expires and the body's BLAKE2b-512 digest, Ed25519 with the sender's registry key, and the
 * validity window (created not in the future, expires not in the past, with a small clock skew, and the window no
 * longer than {@link #MAX_WINDOW_SECONDS}: ONDC signs for an hour, and a signature valid for decades is a replayable one).
 */
public final class BecknVerifier {

    /** The longest validity window accepted, expires minus created: an hour, as ONDC's own signers use. */
    public static final long MAX_WINDOW_SECONDS = 3600;

    private final long clockSkewSeconds;
    private final long maxWindowSeconds;

    public BecknVerifier(long clockSkewSeconds) {
        this(clockSkewSeconds, MAX_WINDOW_SECONDS);
    }

    public BecknVerifier(long clockSkewSeconds, long maxWindowSeconds) {
        this.clockSkewSeconds = clockSkewSeconds;
        this.maxWindowSeconds = maxWindowSeconds;
    }

    /** The outcome: ok, or why not. */
    public record Result(boolean ok, String problem) {
        static final Result OK = new Result(true, null);

        static Result failed(String problem) {
            return new Result(false, problem);
        }
    }

    public Result verify(SignatureHeader header, byte[] body, Ed25519PublicKeyParameters key, long nowEpochSeconds) {
        if (header.expires() <= header.created()) {
            return Result.failed("expires must be after created");
        }
        if (header.expires() - header.created() > maxWindowSeconds) {
            return Result.failed("the signature is valid for more than " + maxWindowSeconds + " s (expires - created)");
        }
        if (header.created() > nowEpochSeconds + clockSkewSeconds) {
            return Result.failed("the signature was created in the future");
        }
        if (header.expires() < nowEpochSeconds - clockSkewSeconds) {
            return Result.failed("the signature has expired");
        }
        return signatureMatches(SigningString.of(header.created(), header.expires(), body), header.signature(), key)
                ? Result.OK
                : Result.failed("the signature does not match the body");
    }

    /** Ed25519 verification of {@code text}'s UTF-8 bytes against a base64 signature. */
    public static boolean signatureMatches(String text, String signatureBase64, Ed25519PublicKeyParameters key) {
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(signatureBase64);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (signature.length != 64) {
            return false;
        }
        byte[] message = text.getBytes(StandardCharsets.UTF_8);
        Ed25519Signer verifier = new Ed25519Signer();
        verifier.init(false, key);
        verifier.update(message, 0, message.length);
        return verifier.verifySignature(signature);
    }
}

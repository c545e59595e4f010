package in.haat.buyer;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.digests.Blake2bDigest;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * ONDC's request signature, both ways: the {@code Authorization: Signature keyId="sub|ukid|ed25519",...} header over
 * the exact body bytes (BLAKE2b-512 digest, signing string {@code (created): C\n(expires): E\ndigest: BLAKE-512=D},
 * Ed25519), and its verification, written from the spec rather than copied from the gateway so the two check
 * each other.
 */
public final class BecknSignature {

    private static final Pattern PARAM = Pattern.compile("\\s*([a-zA-Z]+)=\"([^\"]*)\"\\s*(,|$)");
    private static final long CLOCK_SKEW_SECONDS = 5;

    private BecknSignature() {
    }

    /** The Authorization header for {@code body}, signed by {@code subscriberId|uniqueKeyId}, valid from created to expires. */
    public static String authorization(String subscriberId, String uniqueKeyId, Ed25519PrivateKeyParameters key, byte[] body,
            long created, long expires) {
        byte[] message = signingString(created, expires, body).getBytes(StandardCharsets.UTF_8);
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, key);
        signer.update(message, 0, message.length);
        String signature = Base64.getEncoder().encodeToString(signer.generateSignature());
        return "Signature keyId=\"" + subscriberId + "|" + uniqueKeyId + "|ed25519\",algorithm=\"ed25519\",created=\"" + created
                + "\",expires=\"" + expires + "\",headers=\"(created) (expires) digest\",signature=\"" + signature + "\"";
    }

    /**
     * Why {@code header} is not a valid signature of {@code body} by {@code subscriberId|uniqueKeyId} with
     * {@code publicKeyBase64} at {@code nowEpochSeconds}, or empty when it is.
     */
    public static Optional<String> problem(String header, byte[] body, String subscriberId, String uniqueKeyId,
            String publicKeyBase64, long nowEpochSeconds) {
        if (header == null || !header.startsWith("Signature ")) {
            return Optional.of("no Signature header");
        }
        Map<String, String> params = new LinkedHashMap<>();
        Matcher matcher = PARAM.matcher(header.substring(10));
        while (matcher.find()) {
            params.put(matcher.group(1), matcher.group(2));
        }
        String expectedKeyId = subscriberId + "|" + uniqueKeyId + "|ed25519";
        if (!expectedKeyId.equals(params.get("keyId"))) {
            return Optional.of("keyId is " + params.get("keyId") + ", expected " + expectedKeyId);
        }
        if (!"ed25519".equals(params.get("algorithm")) || !"(created) (expires) digest".equals(params.get("headers"))) {
            return Optional.of("algorithm must be ed25519 and headers \"(created) (expires) digest\"");
        }
        long created;
        long expires;
        try {
            created = Long.parseLong(params.get("created"));
            expires = Long.parseLong(params.get("expires"));
        } catch (NumberFormatException e) {
            return Optional.of("created and expires must be Unix seconds");
        }
        if (created > nowEpochSeconds + CLOCK_SKEW_SECONDS || expires < nowEpochSeconds - CLOCK_SKEW_SECONDS || expires <= created) {
            return Optional.of("outside its validity window (created " + created + ", expires " + expires + ")");
        }
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(params.getOrDefault("signature", ""));
        } catch (IllegalArgumentException e) {
            return Optional.of("the signature is not base64");
        }
        byte[] message = signingString(created, expires, body).getBytes(StandardCharsets.UTF_8);
        Ed25519Signer verifier = new Ed25519Signer();
        verifier.init(false, new Ed25519PublicKeyParameters(Base64.getDecoder().decode(publicKeyBase64), 0));
        verifier.update(message, 0, message.length);
        return signature.length == 64 && verifier.verifySignature(signature) ? Optional.empty()
                : Optional.of("the signature does not match the body");
    }

    static String signingString(long created, long expires, byte[] body) {
        return "(created): " + created + "\n(expires): " + expires + "\ndigest: BLAKE-512=" + digest(body);
    }

    /** Base64 of the body's BLAKE2b-512 digest. */
    static String digest(byte[] body) {
        Blake2bDigest digest = new Blake2bDigest(512);
        digest.update(body, 0, body.length);
        byte[] out = new byte[64];
        digest.doFinal(out, 0);
        return Base64.getEncoder().encodeToString(out);
    }
}

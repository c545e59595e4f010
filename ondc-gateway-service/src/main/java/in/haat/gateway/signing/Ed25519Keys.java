package in.haat.gateway.signing;

import java.util.Base64;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;

/** Reads Ed25519 keys as ONDC writes them: base64 of the 32-byte seed or libsodium's 64-byte seed‖public; public keys raw 32 bytes. */
public final class Ed25519Keys {

    private Ed25519Keys() {
    }

    public static Ed25519PrivateKeyParameters privateKey(String base64) {
        byte[] bytes = Base64.getDecoder().decode(base64.strip());
        if (bytes.length != 32 && bytes.length != 64) {
            throw new IllegalArgumentException("an Ed25519 private key is 32 bytes (seed) or 64 bytes (seed and public key)");
        }
        return new Ed25519PrivateKeyParameters(bytes, 0);
    }

    public static Ed25519PublicKeyParameters publicKey(String base64) {
        byte[] bytes = Base64.getDecoder().decode(base64.strip());
        if (bytes.length != 32) {
            throw new IllegalArgumentException("an Ed25519 public key is 32 raw bytes");
        }
        return new Ed25519PublicKeyParameters(bytes, 0);
    }

    public static String publicKeyBase64(Ed25519PrivateKeyParameters key) {
        return Base64.getEncoder().encodeToString(key.generatePublicKey().getEncoded());
    }
}

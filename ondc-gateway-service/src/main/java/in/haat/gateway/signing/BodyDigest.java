package in.haat.gateway.signing;

import java.util.Base64;
import org.bouncycastle.crypto.digests.Blake2bDigest;

/** The beckn body digest: BLAKE2b-512 of the exact bytes received, base64. */
public final class BodyDigest {

    private BodyDigest() {
    }

    public static String blake2b512Base64(byte[] body) {
        Blake2bDigest digest = new Blake2bDigest(512);
        digest.update(body, 0, body.length);
        byte[] out = new byte[64];
        digest.doFinal(out, 0);
        return Base64.getEncoder().encodeToString(out);
    }
}

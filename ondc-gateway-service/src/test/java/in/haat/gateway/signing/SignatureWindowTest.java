package in.haat.gateway.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.junit.jupiter.api.Test;

/** A signature's window has upper bounds too: not created in the future, valid for at most an hour. */
class SignatureWindowTest {

    private static final Ed25519PrivateKeyParameters KEY = new Ed25519PrivateKeyParameters(new byte[32], 0);
    private static final byte[] BODY = "{\"context\":{}}".getBytes(StandardCharsets.UTF_8);
    private static final long NOW = 1_800_000_000L;

    private static BecknVerifier.Result verify(long created, long expires) {
        String header = new BecknSigner("buyer.example", "k1", KEY).authorization(BODY, created, expires);
        return new BecknVerifier(5).verify(SignatureHeader.parse(header).header().orElseThrow(), BODY, KEY.generatePublicKey(), NOW);
    }

    @Test
    void anHourIsTheLongestWindow() {
        assertTrue(verify(NOW, NOW + 3600).ok());
        assertTrue(verify(NOW - 60, NOW + 3540).ok());
        assertEquals("the signature is valid for more than 3600 s (expires - created)", verify(0, 4_102_444_800L).problem());
        assertEquals("the signature is valid for more than 3600 s (expires - created)", verify(NOW, NOW + 3601).problem());
        assertEquals("the signature was created in the future", verify(NOW + 60, NOW + 600).problem());
    }
}

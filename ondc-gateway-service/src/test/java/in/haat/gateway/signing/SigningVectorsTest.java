package in.haat.gateway.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Our signer and verifier reproduce ONDC's published signing and encryption vectors exactly. */
class SigningVectorsTest {

    private static JsonNode vector;
    private static byte[] body;
    private static long created;
    private static long expires;
    private static Ed25519PublicKeyParameters publicKey;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = SigningVectorsTest.class.getResourceAsStream("/ondc/signing-test-vectors.json")) {
            vector = new ObjectMapper().readTree(in);
        }
        body = vector.get("body_utf8_exact").asText().getBytes(StandardCharsets.UTF_8);
        created = vector.get("created").asLong();
        expires = vector.get("expires").asLong();
        publicKey = Ed25519Keys.publicKey(vector.get("ed25519_public_key_base64_raw_32_bytes").asText());
    }

    @Test
    void digestAndSigningStringMatch() {
        assertEquals(vector.get("expected_blake2b_512_digest_base64").asText(), BodyDigest.blake2b512Base64(body));
        assertEquals(vector.get("signing_string").asText(), SigningString.of(created, expires, body));
        assertEquals("qK3Uvd39k+SHfSdG5igXsRY2Sh+nvBSNlQkLxzM7NnP4JAHPeqLkyx7NkCluPxTLVBP47Xe+cwRbE5FM3NapGA==",
                BodyDigest.blake2b512Base64("The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void signingReproducesThePublishedSignatureFromEitherKeyForm() {
        String sodiumKey = vector.get("ed25519_private_key_base64_64_bytes_seed_then_public").asText();
        String seedOnly = Base64.getEncoder().encodeToString(Arrays.copyOf(Base64.getDecoder().decode(sodiumKey), 32));
        for (String key : new String[] {sodiumKey, seedOnly}) {
            Ed25519PrivateKeyParameters privateKey = Ed25519Keys.privateKey(key);
            assertEquals(vector.get("ed25519_public_key_base64_raw_32_bytes").asText(), Ed25519Keys.publicKeyBase64(privateKey));
            String header = new BecknSigner("example-bap.com", "bap1234", privateKey).authorization(body, created, expires);
            SignatureHeader parsed = SignatureHeader.parse(header).header().orElseThrow();
            assertEquals(vector.get("expected_signature_base64").asText(), parsed.signature());
            assertEquals("Signature keyId=\"example-bap.com|bap1234|ed25519\",algorithm=\"ed25519\",created=\"1641287875\","
                    + "expires=\"1641291475\",headers=\"(created) (expires) digest\",signature=\""
                    + vector.get("expected_signature_base64").asText() + "\"", header);
        }
    }

    @Test
    void thePublishedHeaderVerifiesInsideItsWindowOnly() {
        SignatureHeader header = published();
        BecknVerifier verifier = new BecknVerifier(5);
        assertTrue(verifier.verify(header, body, publicKey, created + 60).ok());
        assertFalse(verifier.verify(header, body, publicKey, expires + 6).ok(), "expired");
        assertFalse(verifier.verify(header, body, publicKey, created - 6).ok(), "created in the future");
    }

    @Test
    void anyChangeToTheBodyOrKeyFailsVerification() {
        BecknVerifier verifier = new BecknVerifier(5);
        byte[] changed = vector.get("body_utf8_exact").asText().replace("Kochi", "Kochy").getBytes(StandardCharsets.UTF_8);
        assertFalse(verifier.verify(published(), changed, publicKey, created + 60).ok());
        byte[] reserialised = vector.get("body_utf8_exact").asText().replace(",\"", ", \"").getBytes(StandardCharsets.UTF_8);
        assertFalse(verifier.verify(published(), reserialised, publicKey, created + 60).ok());
        Ed25519PublicKeyParameters otherKey = new Ed25519PrivateKeyParameters(new byte[32], 0).generatePublicKey();
        assertFalse(verifier.verify(published(), body, otherKey, created + 60).ok());
    }

    @Test
    void theUnspacedSigningStringsOfSomeDocsDoNotVerify() {
        String signature = vector.get("expected_signature_base64").asText();
        String digest = vector.get("expected_blake2b_512_digest_base64").asText();
        assertTrue(BecknVerifier.signatureMatches(vector.get("signing_string").asText(), signature, publicKey));
        assertFalse(BecknVerifier.signatureMatches("(created): " + created + "\n(expires):" + expires + "\ndigest: BLAKE-512=" + digest,
                signature, publicKey));
        assertFalse(BecknVerifier.signatureMatches("(created): " + created + "\n(expires): " + expires + "\ndigest:BLAKE-512=" + digest,
                signature, publicKey));
        assertFalse(BecknVerifier.signatureMatches("(created):" + created + "\n(expires):" + expires + "\ndigest:BLAKE-512=" + digest,
                signature, publicKey));
    }

    @Test
    void malformedHeadersAreRefusedWithAReason() {
        String good = published().format();
        assertTrue(SignatureHeader.parse(good).header().isPresent());
        String[] bad = {
            null, "", "Bearer abc",
            good.replace("|ed25519\"", "|rsa\""),
            good.replace("algorithm=\"ed25519\"", "algorithm=\"rsa\""),
            good.replace("headers=\"(created) (expires) digest\"", "headers=\" (created)(expires)digest\""),
            good.replace("created=\"1641287875\"", "created=\"soon\""),
            good.replace("keyId=\"example-bap.com|bap1234|ed25519\"", "keyId=\"example-bap.com\""),
            good.replace(",signature=", ",,signature="),
            good + ",signature=\"again\"",
            good.substring(0, good.indexOf(",signature")),
        };
        for (String header : bad) {
            SignatureHeader.Parsed parsed = SignatureHeader.parse(header);
            assertTrue(parsed.header().isEmpty(), String.valueOf(header));
            assertFalse(parsed.problem().isBlank());
        }
    }

    @Test
    void registryEncryptionVectorsDecrypt() throws Exception {
        JsonNode x = vector.get("x25519_aes_gcm_vector");
        byte[] shared = RegistryCrypto.sharedKey(x.get("private_key_pkcs8_der_base64").asText(), x.get("peer_public_key_spki_der_base64").asText());
        assertEquals("X+T+C7UvJo258rAqAhT8NLRfh24/by+Vd6A1h9c3mno=", Base64.getEncoder().encodeToString(shared));
        assertEquals(x.get("expected_plaintext").asText(), RegistryCrypto.decryptEnvelope(shared, x.get("encrypted_envelope_base64_json").asText()));
        JsonNode challenge = x.get("on_subscribe_ecb_example");
        assertEquals(challenge.get("plaintext_challenge").asText(),
                RegistryCrypto.decryptChallenge(shared, challenge.get("aes_256_ecb_pkcs7_ciphertext_base64_with_same_shared_key").asText()));
        assertEquals(challenge.get("aes_256_ecb_pkcs7_ciphertext_base64_with_same_shared_key").asText(),
                RegistryCrypto.encryptChallenge(shared, challenge.get("plaintext_challenge").asText()));
    }

    private static SignatureHeader published() {
        return new SignatureHeader("example-bap.com", "bap1234", "ed25519", created, expires, SignatureHeader.HEADERS,
                vector.get("expected_signature_base64").asText());
    }
}

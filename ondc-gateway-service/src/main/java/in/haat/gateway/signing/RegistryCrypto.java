package in.haat.gateway.signing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The encryption side of ONDC onboarding: an X25519 shared key (our PKCS#8 private key with the peer's SPKI
 * public key) used directly as an AES-256 key, for the registry's /on_subscribe challenge (AES-256-ECB,
 * PKCS#7 padding) and for AES-GCM envelopes {@code {encrypted_data, hmac, nonce}}.
 */
public final class RegistryCrypto {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RegistryCrypto() {
    }

    public static byte[] sharedKey(String ownPrivatePkcs8Base64, String peerPublicSpkiBase64) throws GeneralSecurityException {
        KeyFactory x25519 = KeyFactory.getInstance("X25519");
        PrivateKey own = x25519.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(ownPrivatePkcs8Base64.strip())));
        PublicKey peer = x25519.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(peerPublicSpkiBase64.strip())));
        KeyAgreement agreement = KeyAgreement.getInstance("X25519");
        agreement.init(own);
        agreement.doPhase(peer, true);
        return agreement.generateSecret();
    }

    /** The answer to an /on_subscribe challenge. */
    public static String decryptChallenge(byte[] sharedKey, String challengeBase64) throws GeneralSecurityException {
        Cipher aes = Cipher.getInstance("AES/ECB/PKCS5Padding");
        aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(sharedKey, "AES"));
        return new String(aes.doFinal(Base64.getDecoder().decode(challengeBase64.strip())), StandardCharsets.UTF_8);
    }

    /** Encrypts like the registry does, for tests and tools. */
    public static String encryptChallenge(byte[] sharedKey, String answer) throws GeneralSecurityException {
        Cipher aes = Cipher.getInstance("AES/ECB/PKCS5Padding");
        aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(sharedKey, "AES"));
        return Base64.getEncoder().encodeToString(aes.doFinal(answer.getBytes(StandardCharsets.UTF_8)));
    }

    /** Decrypts a base64 JSON envelope {@code {encrypted_data, hmac (the GCM tag), nonce}}. */
    public static String decryptEnvelope(byte[] sharedKey, String envelopeBase64) throws Exception {
        JsonNode envelope = JSON.readTree(Base64.getDecoder().decode(envelopeBase64.strip()));
        byte[] data = Base64.getDecoder().decode(envelope.get("encrypted_data").asText());
        byte[] tag = Base64.getDecoder().decode(envelope.get("hmac").asText());
        byte[] nonce = Base64.getDecoder().decode(envelope.get("nonce").asText());
        byte[] sealed = new byte[data.length + tag.length];
        System.arraycopy(data, 0, sealed, 0, data.length);
        System.arraycopy(tag, 0, sealed, data.length, tag.length);
        Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
        gcm.init(Cipher.DECRYPT_MODE, new SecretKeySpec(sharedKey, "AES"), new GCMParameterSpec(tag.length * 8, nonce));
        return new String(gcm.doFinal(sealed), StandardCharsets.UTF_8);
    }
}
